package lupsite.model;

import java.util.List;
import java.util.Optional;

/**
 * When a goal, area or activity is part of the plan: from the version {@code since} (its first version when the
 * editor names none) until {@code ended}, if it has ended. Version ids are resolved against the plan's versions
 * by {@link Plan#inForce}.
 */
public record Lifecycle(String since, Optional<Ending> ended) {

    /** The item ended in {@code version}: why, and what (if anything) took its place. */
    public record Ending(String version, String reason, Succession succession, List<String> successors,
                         Position position) {

        public Ending {
            successors = List.copyOf(successors);
        }
    }

    /** How an ended item lives on: nothing took its place, or it was replaced by, merged into or split into others. */
    public enum Succession { NONE, REPLACED_BY, MERGED_INTO, SPLIT_INTO }

    /** Part of the plan from its first version, never ended: what every item of a plan never revised is. */
    public static Lifecycle always(String firstVersion) {
        return new Lifecycle(firstVersion, Optional.empty());
    }
}
