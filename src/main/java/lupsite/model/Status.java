package lupsite.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One step of a status scale, e.g. "delvis-uppfyllt": data from plan.yaml, not code. {@code meaning} says what
 * the step means, so that what is derived from figures (a goal met, not met) can name a status of the right
 * kind; null when plan.yaml gives none, and then nothing is proposed in its name.
 */
public record Status(String id, String label, String symbol, String color, int rank, Meaning meaning) {

    /** What a status means, as plan.yaml writes it ({@code key}); each belongs to goals, activities or both. */
    public enum Meaning {
        MET("met", true, false),
        PARTLY_MET("partlyMet", true, false),
        NOT_MET("notMet", true, false),
        DONE("done", false, true),
        ONGOING("ongoing", false, true),
        NOT_STARTED("notStarted", false, true),
        NOT_PRIORITISED("notPrioritised", false, true),
        NOT_ASSESSED("notAssessed", true, true),
        ENDED("ended", true, true);

        public final String key;
        private final boolean goals;
        private final boolean activities;

        Meaning(String key, boolean goals, boolean activities) {
            this.key = key;
            this.goals = goals;
            this.activities = activities;
        }

        /** The meanings a goal's ({@code goals} true) or an activity's status may have, in this order. */
        public static List<Meaning> of(boolean goals) {
            return Arrays.stream(values()).filter(m -> goals ? m.goals : m.activities).toList();
        }

        public static Optional<Meaning> byKey(String key) {
            return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
        }
    }
}
