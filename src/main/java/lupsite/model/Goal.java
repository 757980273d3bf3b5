package lupsite.model;

import java.util.List;
import java.util.Optional;

/**
 * A goal of the plan at one horizon; {@code target} is present when the goal is measurable. {@code lifecycle}
 * says in which versions of the plan it is in force, {@code earlier} how it read before a revision.
 */
public record Goal(String id, int horizon, String text, String areaId, Optional<Target> target, Position position,
                   Lifecycle lifecycle, List<Earlier<Goal>> earlier) {

    public Goal {
        earlier = List.copyOf(earlier);
    }
}
