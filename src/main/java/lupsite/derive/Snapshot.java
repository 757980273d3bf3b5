package lupsite.derive;

import java.util.Map;
import java.util.Optional;

import lupsite.model.Content;

/**
 * What the plan and its data said at one moment: {@code content} is the plan as one version stated it with the
 * indicator values known then ({@link Content#asOf}), {@code targetsByGoal} the measurable goals evaluated on
 * those values, {@code figures} the placeholders in its texts filled in from them.
 */
public record Snapshot(Content content, Map<String, TargetResult> targetsByGoal, Map<String, String> figures) {

    public Snapshot {
        targetsByGoal = Map.copyOf(targetsByGoal);
        figures = Map.copyOf(figures);
    }

    public Optional<TargetResult> target(String goalId) {
        return Optional.ofNullable(targetsByGoal.get(goalId));
    }
}
