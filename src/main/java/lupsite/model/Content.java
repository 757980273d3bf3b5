package lupsite.model;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything in the content folder, checked and typed. Follow-ups are ordered oldest first. {@code files} are
 * the content files the site publishes as they are (what Markdown links or shows, and the pages' downloads), by
 * content-relative path, with their size in bytes; nothing else in the folder is published.
 */
public record Content(
        Plan plan,
        List<Goal> goals,
        List<Area> areas,
        List<FollowUp> followUps,
        List<Indicator> indicators,
        List<Page> pages,
        Optional<AccessibilityStatement> accessibility,
        SortedMap<String, Long> files) {

    public Content {
        goals = List.copyOf(goals);
        areas = List.copyOf(areas);
        followUps = followUps.stream().sorted(Comparator.comparing(FollowUp::date)).toList();
        indicators = List.copyOf(indicators);
        pages = List.copyOf(pages);
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The same content, publishing {@code published}. */
    public Content withFiles(SortedMap<String, Long> published) {
        return new Content(plan, goals, areas, followUps, indicators, pages, accessibility, published);
    }

    public Stream<Activity> activities() {
        return areas.stream().flatMap(a -> a.activities().stream());
    }

    /** Every Markdown text in the content, each once. */
    public Stream<Markdown> markdown() {
        return Stream.of(
                Stream.of(plan.description()),
                areas.stream().flatMap(a -> Stream.concat(Stream.of(a.intro()), a.activities().stream().map(Activity::text))),
                followUps.stream().flatMap(f -> Stream.concat(Stream.of(f.summary(), f.statusNote()),
                        Stream.concat(f.goals().stream(), f.activities().stream()).map(Assessment::text))),
                indicators.stream().map(Indicator::description),
                pages.stream().map(Page::body),
                accessibility.stream().map(AccessibilityStatement::gaps)).flatMap(s -> s);
    }

    public Optional<FollowUp> latestFollowUp() {
        return followUps.isEmpty() ? Optional.empty() : Optional.of(followUps.get(followUps.size() - 1));
    }

    public Optional<Goal> goal(String id) {
        return goals.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<Area> area(String id) {
        return areas.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Indicator> indicator(String id) {
        return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<Page> page(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
