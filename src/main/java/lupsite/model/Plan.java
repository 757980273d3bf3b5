package lupsite.model;

import java.util.List;

/** The long-term development plan itself. {@code language} is the site's ("sv" unless plan.yaml says otherwise). */
public record Plan(
        String title,
        String region,
        String owner,
        Decision adopted,
        Markdown description,
        List<Horizon> horizons,
        StatusScale goalStatuses,
        StatusScale activityStatuses,
        String language,
        Position position) {

    public Plan {
        horizons = List.copyOf(horizons);
    }
}
