package lupsite.model;

import java.util.List;

/** The long-term development plan itself. */
public record Plan(
        String title,
        String region,
        String owner,
        Decision adopted,
        Markdown description,
        List<Horizon> horizons,
        StatusScale goalStatuses,
        StatusScale activityStatuses,
        Position position) {

    public Plan {
        horizons = List.copyOf(horizons);
    }
}
