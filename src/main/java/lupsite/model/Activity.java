package lupsite.model;

import java.util.List;

/**
 * An activity decided in the plan, belonging to one focus area; {@code lifecycle} and {@code earlier} as for
 * {@link Goal}.
 */
public record Activity(String id, String areaId, Markdown text, Position position, Lifecycle lifecycle,
                       List<Earlier<Activity>> earlier) {

    public Activity {
        earlier = List.copyOf(earlier);
    }

    /** The same activity shown under another area (its own area was merged into that one). */
    public Activity under(String otherAreaId) {
        return new Activity(id, otherAreaId, text, position, lifecycle, earlier);
    }
}
