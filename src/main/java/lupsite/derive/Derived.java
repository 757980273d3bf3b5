package lupsite.derive;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import lupsite.model.Content;
import lupsite.model.PartialDate;

/**
 * What follows from the content: evaluated targets, what changed at each follow-up, and the figures that
 * placeholders in prose stand for (by the placeholder's text between the braces).
 */
public record Derived(
        Content content,
        Map<String, TargetResult> targetsByGoal,
        Map<PartialDate, List<Change>> changesByFollowUp,
        Map<String, String> figures) {

    public Derived {
        targetsByGoal = Map.copyOf(targetsByGoal);
        changesByFollowUp = Map.copyOf(changesByFollowUp);
        figures = Map.copyOf(figures);
    }

    public Optional<TargetResult> target(String goalId) {
        return Optional.ofNullable(targetsByGoal.get(goalId));
    }

    public List<Change> changes(PartialDate followUp) {
        return changesByFollowUp.getOrDefault(followUp, List.of());
    }
}
