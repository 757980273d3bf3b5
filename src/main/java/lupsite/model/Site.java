package lupsite.model;

import java.util.List;

/**
 * The whole content folder: its {@code plans} (one, or several under plans/), each a {@link Content} with the
 * indicators, pages and accessibility statement the plans share, and the site's own {@code settings}.
 */
public record Site(SiteSettings settings, List<Content> plans) {

    public Site {
        plans = List.copyOf(plans);
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("a site has at least one plan");
        }
    }

    /** True for a site of several plans: a portal start page, and every plan's pages named by its id. */
    public boolean hasSeveralPlans() {
        return !plans.get(0).plan().id().isEmpty();
    }

    /** What the plans share: indicators, free pages, the accessibility statement, the published files. */
    public Content shared() {
        return plans.get(0);
    }
}
