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

/** The ids content can refer to, and the one way an unknown id is reported: with the nearest ids. */
final class References {

    final Map<String, Position> goals = new LinkedHashMap<>();
    final Map<String, Position> areas = new LinkedHashMap<>();
    final Map<String, Position> activities = new LinkedHashMap<>();
    final Map<String, Position> pages = new LinkedHashMap<>();
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final Lookup lookup;

    References(List<Goal> goalList, List<Area> areaList, List<Indicator> indicatorList, List<Page> pageList, Problems problems) {
        goalList.forEach(g -> goals.putIfAbsent(g.id(), g.position()));
        areaList.forEach(a -> areas.putIfAbsent(a.id(), a.position()));
        areaList.stream().flatMap(a -> a.activities().stream()).forEach(a -> activities.putIfAbsent(a.id(), a.position()));
        pageList.forEach(p -> pages.putIfAbsent(p.id(), p.position()));
        indicatorList.forEach(i -> indicators.putIfAbsent(i.id(), i));
        this.lookup = new Lookup(problems);
    }

    boolean require(Collection<String> known, String id, Position at, String word, String where) {
        return lookup.require(known, id, at, word, where);
    }

    Optional<Indicator> indicator(String id, Position at) {
        return lookup.require(indicators.keySet(), id, at, "Indikatorn", "indicators/")
                ? Optional.of(indicators.get(id)) : Optional.empty();
    }

    Optional<Indicator.Series> series(Indicator indicator, String seriesId, Position at) {
        List<String> ids = indicator.series().stream().map(Indicator.Series::id).toList();
        return lookup.require(ids, seriesId, at, "Serien", "indicators/" + indicator.id() + ".yaml")
                ? indicator.series(seriesId) : Optional.empty();
    }

    record Lookup(Problems problems) {

        /** True when {@code id} is known; otherwise reports it with up to three near ids. */
        boolean require(Collection<String> known, String id, Position at, String word, String where) {
            if (known.contains(id)) {
                return true;
            }
            problems.error(at, word + " \"" + id + "\" finns inte i " + where + "."
                    + Suggestions.didYouMean(id, List.copyOf(known)));
            return false;
        }
    }
}
