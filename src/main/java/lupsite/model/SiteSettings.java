package lupsite.model;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * site.yaml: what belongs to the site rather than to one plan. {@code title} and {@code publishers} name a site of
 * several plans (its portal, the PDF author of what it shares); a site of one plan takes them from its plan.
 * {@code baseUrl} is where the site is published, when the content says so: links from a PDF to site pages are
 * then absolute. {@code position} is site.yaml's, or plan.yaml's for a site of one plan without one.
 */
public record SiteSettings(String title, List<String> publishers, String language, Optional<URI> baseUrl,
                           Position position) {

    public SiteSettings {
        publishers = List.copyOf(publishers);
    }

    /** A site of one plan without site.yaml: named as its plan. */
    public static SiteSettings of(Plan plan, Optional<URI> baseUrl) {
        return new SiteSettings(plan.title(), plan.publishers(), plan.language(), baseUrl, plan.position());
    }
}
