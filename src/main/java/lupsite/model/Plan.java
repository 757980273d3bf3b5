package lupsite.model;

import java.util.List;
import java.util.Optional;

/**
 * The long-term development plan itself. {@code publishers} are the organisations that publish it (one or
 * several, plan.yaml's {@code publishers}, or its {@code region}); {@code vocabulary} its own words. {@code language} is the site's ("sv" unless plan.yaml says otherwise).
 * {@code versions} are its adopted versions in order, the first (plan.yaml's {@code adopted}) included; the last
 * is the version in force now. {@code title} is the plan's title as of its current version. {@code id} is the
 * plan's folder name in a site of several plans ({@code plans/<id>/}), empty for the one plan of a site.
 */
public record Plan(
        String id,
        String title,
        List<String> publishers,
        String owner,
        Markdown description,
        List<Horizon> horizons,
        StatusScale goalStatuses,
        StatusScale activityStatuses,
        String language,
        List<PlanVersion> versions,
        Vocabulary vocabulary,
        Position position) {

    public Plan {
        publishers = List.copyOf(publishers);
        horizons = List.copyOf(horizons);
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least its first version");
        }
    }

    /** The plan as it is titled in one of its versions. */
    public Plan titled(String title) {
        return new Plan(id, title, publishers, owner, description, horizons, goalStatuses, activityStatuses, language,
                versions, vocabulary, position);
    }

    /** Where the plan's own files are: "" for the one plan of a site, else {@code plans/<id>/}. */
    public String folder() {
        return folderOf(id);
    }

    public static String folderOf(String id) {
        return id.isEmpty() ? "" : PLANS + "/" + id + "/";
    }

    /** The plan whose own file {@code contentPath} is, in a site of several plans ({@code plans/<id>/...}). */
    public static Optional<String> idOf(String contentPath) {
        String[] parts = contentPath.split("/");
        return parts.length > 2 && parts[0].equals(PLANS) ? Optional.of(parts[1]) : Optional.empty();
    }

    /** The folder of a site's plans when it has several. */
    public static final String PLANS = "plans";

    public PlanVersion firstVersion() {
        return versions.get(0);
    }

    public PlanVersion currentVersion() {
        return versions.get(versions.size() - 1);
    }

    public boolean isRevised() {
        return versions.size() > 1;
    }

    public Optional<PlanVersion> version(String id) {
        return versions.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /**
     * The version in force on {@code date}: the last one adopted on or before the last day {@code date} may mean
     * (a follow-up dated 2020 may report on a version adopted in February 2020). A version with no adoption
     * date counts from the one before it.
     */
    public PlanVersion versionAt(PartialDate date) {
        PlanVersion inForce = firstVersion();
        for (PlanVersion version : versions) {
            PartialDate adopted = version.adopted().date();
            if (adopted == null || !adopted.firstDay().isAfter(date.lastDay())) {
                inForce = version;
            } else {
                break;
            }
        }
        return inForce;
    }

    /** True when an item with this lifecycle is part of {@code version} of the plan. */
    public boolean inForce(Lifecycle lifecycle, PlanVersion version) {
        return !version.isBefore(version(lifecycle.since()).orElse(firstVersion()))
                && lifecycle.ended().flatMap(e -> version(e.version())).map(version::isBefore).orElse(true);
    }

    /** How an item read in {@code version}: the first earlier wording that held until a later version, or as now. */
    public <T> T wordingAt(T current, List<Earlier<T>> earlier, PlanVersion version) {
        T wording = current;
        int until = Integer.MAX_VALUE;
        for (Earlier<T> e : earlier) {
            int index = version(e.until()).map(PlanVersion::index).orElse(Integer.MAX_VALUE);
            if (index > version.index() && index < until) {
                wording = e.value();
                until = index;
            }
        }
        return wording;
    }
}
