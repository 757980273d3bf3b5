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

    /** The best status, used when a measurable goal's target is met. */
    public Status best() {
        return statuses.get(0);
    }

    /** The worst status, used when a measurable goal's target is not met. */
    public Status worst() {
        return statuses.get(statuses.size() - 1);
    }
}
