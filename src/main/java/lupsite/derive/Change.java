package lupsite.derive;

import java.util.Optional;

import lupsite.model.Assessment;
import lupsite.model.Status;

/** How one goal's or activity's assessment differs from the previous follow-up's. */
public record Change(Subject subject, String subjectId, Optional<Assessment> before, Assessment after) {

    public enum Subject { GOAL, ACTIVITY }

    public boolean isNew() {
        return before.isEmpty();
    }

    public boolean statusChanged() {
        return before.map(b -> !b.status().map(Status::id).equals(after.status().map(Status::id))).orElse(true);
    }

    public boolean textChanged() {
        return before.map(b -> !b.text().source().strip().equals(after.text().source().strip())).orElse(true);
    }

    public boolean isChange() {
        return statusChanged() || textChanged();
    }
}
