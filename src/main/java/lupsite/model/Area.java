package lupsite.model;

import java.util.List;

/** A focus area (målområde) and the activities decided for it. */
public record Area(String id, String title, Markdown intro, List<Activity> activities, Position position,
                   Lifecycle lifecycle, List<Earlier<Area>> earlier) {

    public Area {
        activities = List.copyOf(activities);
        earlier = List.copyOf(earlier);
    }
}
