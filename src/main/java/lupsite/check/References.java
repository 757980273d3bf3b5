package lupsite.check;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lupsite.model.Activity;
import lupsite.model.Area;
import lupsite.model.Goal;
import lupsite.model.Indicator;
import lupsite.model.Page;
import lupsite.model.Position;
import lupsite.problem.Problems;
import lupsite.problem.Suggestions;

/**
 * The ids content can refer to, and the one way an unknown id is reported: with the nearest ids. Where a
 * defining file has an error (it did not parse, or broke its schema) its ids are not all known, so references
 * to that kind are not judged: the editor sees the real error, not a cascade of "does not exist".
 */
final class References {

    /** The files and folders ({@code where} in the messages) that define what may be referred to. */
    private static final List<String> DEFINING = List.of("goals.yaml", "areas/", "indicators/", "pages/");
    /** Of those, the ones each plan has of its own, in its folder. */
    private static final List<String> PLAN_OWN = List.of("goals.yaml", "areas/");

    final Map<String, Position> goals = new LinkedHashMap<>();
    final Map<String, Position> areas = new LinkedHashMap<>();
    final Map<String, Position> activities = new LinkedHashMap<>();
    final Map<String, Position> pages = new LinkedHashMap<>();
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final Problems problems;
    private final List<String> unreliable;
    /** The plan's folder: "" for the one plan of a site, else plans/&lt;id&gt;/. */
    private final String folder;

    References(String folder, List<Goal> goalList, List<Area> areaList, List<Indicator> indicatorList, List<Page> pageList,
               Problems problems) {
        this.folder = folder;
        goalList.forEach(g -> goals.putIfAbsent(g.id(), g.position()));
        areaList.forEach(a -> areas.putIfAbsent(a.id(), a.position()));
        areaList.stream().flatMap(a -> a.activities().stream()).forEach(a -> activities.putIfAbsent(a.id(), a.position()));
        pageList.forEach(p -> pages.putIfAbsent(p.id(), p.position()));
        indicatorList.forEach(i -> indicators.putIfAbsent(i.id(), i));
        this.problems = problems;
        this.unreliable = DEFINING.stream().map(this::located).filter(problems::hasErrorIn).toList();
    }

    /** {@code where} as the path it has in the content folder: a plan's own files are in its folder. */
    private String located(String where) {
        return PLAN_OWN.stream().anyMatch(where::startsWith) ? folder + where : where;
    }

    /** False when the ids defined in {@code where} are not all known, because a file there has an error. */
    boolean reliable(String where) {
        return unreliable.stream().noneMatch(located(where)::startsWith);
    }

    /** True when {@code id} is known; otherwise reports it, with up to three near ids, where that is reliable. */
    boolean require(Collection<String> known, String id, Position at, String word, String where) {
        return require(known, id, at, word, where, "");
    }

    /** As above; {@code otherwise} is said instead when no id is near (the id was not mistyped but removed). */
    boolean require(Collection<String> known, String id, Position at, String word, String where, String otherwise) {
        if (known.contains(id)) {
            return true;
        }
        if (reliable(where)) {
            String near = Suggestions.didYouMean(id, List.copyOf(known));
            problems.error(at, word + " \"" + id + "\" finns inte i " + located(where) + "." + (near.isEmpty() ? otherwise : near));
        }
        return false;
    }

    Optional<Indicator> indicator(String id, Position at) {
        return require(indicators.keySet(), id, at, "Indikatorn", "indicators/")
                ? Optional.of(indicators.get(id)) : Optional.empty();
    }

    Optional<Indicator.Series> series(Indicator indicator, String seriesId, Position at) {
        List<String> ids = indicator.series().stream().map(Indicator.Series::id).toList();
        return require(ids, seriesId, at, "Serien", "indicators/" + indicator.id() + ".yaml")
                ? indicator.series(seriesId) : Optional.empty();
    }
}
