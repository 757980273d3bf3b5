package lupsite.model;

import java.util.List;
import java.util.Optional;

/** The ordered statuses a goal or an activity can have, best first. */
public record StatusScale(List<Status> statuses) {

    public StatusScale {
        statuses = List.copyOf(statuses);
    }

    public Optional<Status> find(String id) {
        return statuses.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return statuses.stream().map(Status::id).toList();
    }

    /**
     * The status that means {@code meaning}, the one to propose when figures say so; empty when the scale has none
     * (its order says nothing of meaning: the last status may be "Utgått", not "Ej uppfyllt").
     */
    public Optional<Status> meaning(Status.Meaning meaning) {
        return statuses.stream().filter(s -> s.meaning() == meaning).findFirst();
    }
}
