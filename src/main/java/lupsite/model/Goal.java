package lupsite.model;

import java.util.Optional;

/** A goal of the plan at one horizon; {@code target} is present when the goal is measurable. */
public record Goal(String id, int horizon, String text, String areaId, Optional<Target> target, Position position) {
}
