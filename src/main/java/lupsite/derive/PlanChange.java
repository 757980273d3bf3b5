package lupsite.derive;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

import lupsite.model.Activity;
import lupsite.model.Area;
import lupsite.model.Content;
import lupsite.model.Goal;
import lupsite.model.Lifecycle;
import lupsite.model.PlanVersion;

/**
 * One way a revision changed the plan: a goal, area or activity that came in, ended (with why and what took its
 * place), got a new wording, or (an activity) moved to another area when its own was merged into that one.
 * {@code before} and {@code after} are the item as the two versions state it; one of them is empty for what came
 * in or ended.
 */
public record PlanChange<T>(String id, Kind kind, Optional<T> before, Optional<T> after,
                            Optional<Lifecycle.Ending> ending) {

    public enum Kind { INTRODUCED, ENDED, REWORDED, MOVED }

    /** Everything a revision changed, by kind of item, each in content order. */
    public record Revision(PlanVersion from, PlanVersion to, List<PlanChange<Goal>> goals,
                           List<PlanChange<Area>> areas, List<PlanChange<Activity>> activities) {

        public boolean isEmpty() {
            return goals.isEmpty() && areas.isEmpty() && activities.isEmpty();
        }
    }

    /** What changed in the plan from version {@code from} to version {@code to}. */
    public static Revision between(Content content, PlanVersion from, PlanVersion to) {
        Content before = content.at(from);
        Content after = content.at(to);
        Map<String, Lifecycle> areaLives = lives(content.areas(), Area::id, Area::lifecycle);
        Map<String, Optional<Lifecycle.Ending>> activityEndings = content.areas().stream()
                .flatMap(area -> area.activities().stream().map(a -> Map.entry(a.id(),
                        a.lifecycle().ended().or(() -> area.lifecycle().ended()))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        List<PlanChange<Activity>> activities = compare(before.activities().toList(), after.activities().toList(),
                Activity::id, id -> activityEndings.getOrDefault(id, Optional.empty()),
                (a, b) -> a.text().source().equals(b.text().source()));
        Map<String, Activity> activitiesAfter = after.activities().collect(Collectors.toMap(Activity::id, a -> a, (a, b) -> a));
        before.activities().forEach(was -> Optional.ofNullable(activitiesAfter.get(was.id()))
                .filter(is -> !is.areaId().equals(was.areaId()))
                .ifPresent(is -> activities.add(new PlanChange<>(was.id(), Kind.MOVED, Optional.of(was), Optional.of(is),
                        areaLives.get(was.areaId()).ended()))));
        Map<String, Lifecycle> goalLives = lives(content.goals(), Goal::id, Goal::lifecycle);
        return new Revision(from, to,
                compare(before.goals(), after.goals(), Goal::id, id -> goalLives.get(id).ended(), PlanChange::sameGoal),
                compare(before.areas(), after.areas(), Area::id, id -> areaLives.get(id).ended(),
                        (a, b) -> a.title().equals(b.title()) && a.intro().source().equals(b.intro().source())),
                activities);
    }

    private static boolean sameGoal(Goal a, Goal b) {
        return a.text().equals(b.text()) && a.horizon() == b.horizon() && Objects.equals(a.areaId(), b.areaId())
                && a.target().equals(b.target());
    }

    private static <T> Map<String, Lifecycle> lives(Collection<T> items, Function<T, String> id,
                                                    Function<T, Lifecycle> lifecycle) {
        return items.stream().collect(Collectors.toMap(id, lifecycle, (a, b) -> a));
    }

    private static <T> List<PlanChange<T>> compare(List<T> before, List<T> after, Function<T, String> id,
                                                   Function<String, Optional<Lifecycle.Ending>> ending,
                                                   BiPredicate<T, T> same) {
        Map<String, T> was = before.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a));
        Map<String, T> is = after.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a));
        List<PlanChange<T>> changes = new ArrayList<>();
        for (T item : after) {
            T old = was.get(id.apply(item));
            if (old == null) {
                changes.add(new PlanChange<>(id.apply(item), Kind.INTRODUCED, Optional.empty(), Optional.of(item),
                        Optional.empty()));
            } else if (!same.test(old, item)) {
                changes.add(new PlanChange<>(id.apply(item), Kind.REWORDED, Optional.of(old), Optional.of(item),
                        Optional.empty()));
            }
        }
        for (T item : before) {
            if (!is.containsKey(id.apply(item))) {
                changes.add(new PlanChange<>(id.apply(item), Kind.ENDED, Optional.of(item), Optional.empty(),
                        ending.apply(id.apply(item))));
            }
        }
        return changes;
    }
}
