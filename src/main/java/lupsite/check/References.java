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
 * The ids content can refer to, and the one way an unknown id is reported: with the nearest ids. A kind whose
 * files did not all pass their schema is incomplete: an id missing from it may be in the broken file, so it
 * is not reported (the broken file's own error is what the editor must fix first).
 */
final class References {

    /** The ids of one kind, and whether every file that defines them could be read. */
    record Ids(Map<String, Position> positions, boolean complete) {

        Collection<String> names() {
            return positions.keySet();
        }
    }

    final Ids goals;
    final Ids areas;
    final Ids activities;
    final Ids pages;
    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final boolean indicatorsComplete;
    private final Lookup lookup;

    /** Which kinds were read in full. */
    record Completeness(boolean goals, boolean areas, boolean indicators, boolean pages) {
    }

    References(List<Goal> goalList, List<Area> areaList, List<Indicator> indicatorList, List<Page> pageList,
               Completeness complete, Problems problems) {
        goals = ids(goalList.stream().map(g -> Map.entry(g.id(), g.position())).toList(), complete.goals());
        areas = ids(areaList.stream().map(a -> Map.entry(a.id(), a.position())).toList(), complete.areas());
        activities = ids(areaList.stream().flatMap(a -> a.activities().stream())
                .map(a -> Map.entry(a.id(), a.position())).toList(), complete.areas());
        pages = ids(pageList.stream().map(p -> Map.entry(p.id(), p.position())).toList(), complete.pages());
        indicatorList.forEach(i -> indicators.putIfAbsent(i.id(), i));
        indicatorsComplete = complete.indicators();
        this.lookup = new Lookup(problems);
    }

    private static Ids ids(List<Map.Entry<String, Position>> entries, boolean complete) {
        Map<String, Position> positions = new LinkedHashMap<>();
        entries.forEach(e -> positions.putIfAbsent(e.getKey(), e.getValue()));
        return new Ids(positions, complete);
    }

    /** True when {@code id} is known, or cannot be judged because its kind is incomplete. */
    boolean require(Ids known, String id, Position at, String word, String where) {
        return !known.complete() && !known.names().contains(id) || lookup.require(known.names(), id, at, word, where);
    }

    Optional<Indicator> indicator(String id, Position at) {
        if (!indicatorsComplete && !indicators.containsKey(id)) {
            return Optional.empty();
        }
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
            List<String> near = Suggestions.nearest(id, List.copyOf(known), 3);
            problems.error(at, word + " \"" + id + "\" finns inte i " + where + "."
                    + (near.isEmpty() ? "" : " Menade du " + String.join(" eller ", near.stream().map(n -> "\"" + n + "\"").toList()) + "?"));
            return false;
        }
    }
}
