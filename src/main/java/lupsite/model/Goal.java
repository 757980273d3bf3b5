package lupsite.model;

import java.util.List;
import java.util.Optional;

/**
 * A goal of the plan at one horizon ({@code horizon} in years, 0 when the goal has only a deadline); {@code due}
 * is the date by which it is to be reached (null when the plan gives none); {@code target} is present when the
 * goal is measurable. {@code lifecycle} says in which versions of the plan it is in force, {@code earlier} how it
 * read before a revision.
 */
public record Goal(String id, int horizon, PartialDate due, String text, String areaId, Optional<Target> target,
                   Position position, Lifecycle lifecycle, List<Earlier<Goal>> earlier) {

    public static final int NO_HORIZON = 0;

    public Goal {
        earlier = List.copyOf(earlier);
    }
}
