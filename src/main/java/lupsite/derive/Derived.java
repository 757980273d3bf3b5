package lupsite.derive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lupsite.model.Content;

/** What follows from the content: evaluated targets and what changed at each follow-up. */
public record Derived(
        Content content,
        Map<String, TargetResult> targetsByGoal,
        Map<LocalDate, List<Change>> changesByFollowUp) {

    public Derived {
        targetsByGoal = Map.copyOf(targetsByGoal);
        changesByFollowUp = Map.copyOf(changesByFollowUp);
    }

    public Optional<TargetResult> target(String goalId) {
        return Optional.ofNullable(targetsByGoal.get(goalId));
    }

    public List<Change> changes(LocalDate followUp) {
        return changesByFollowUp.getOrDefault(followUp, List.of());
    }
}
