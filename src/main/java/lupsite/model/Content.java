package lupsite.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything in the content folder, checked and typed. Follow-ups are ordered oldest first. {@code goals} and
 * {@code areas} are every goal and area the plan has ever had, in their current wording; {@link #at} gives the
 * plan as one of its versions stated it, {@link #asOf} everything as it stood at a follow-up. {@code files} are
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

    /**
     * The plan as {@code version} stated it: the goals, areas and activities in force then, in that version's
     * wording. The activities of an area merged into another are shown under that one.
     */
    public Content at(PlanVersion version) {
        if (!plan.isRevised()) {
            return this;
        }
        List<Goal> goalsThen = goals.stream().filter(g -> plan.inForce(g.lifecycle(), version))
                .map(g -> plan.wordingAt(g, g.earlier(), version)).toList();
        Map<String, List<Activity>> mergedIn = new HashMap<>();
        for (Area area : areas) {
            if (!plan.inForce(area.lifecycle(), version)) {
                mergedInto(area, version).ifPresent(into -> mergedIn.computeIfAbsent(into, id -> new ArrayList<>())
                        .addAll(activitiesAt(area, version).stream().map(a -> a.under(into)).toList()));
            }
        }
        List<Area> areasThen = areas.stream().filter(a -> plan.inForce(a.lifecycle(), version)).map(a -> {
            Area worded = plan.wordingAt(a, a.earlier(), version);
            List<Activity> activities = new ArrayList<>(activitiesAt(a, version));
            activities.addAll(mergedIn.getOrDefault(a.id(), List.of()));
            return new Area(a.id(), worded.title(), worded.intro(), activities, a.position(), a.lifecycle(), a.earlier());
        }).toList();
        return new Content(plan.titled(version.title()), goalsThen, areasThen, followUps, indicators, pages, accessibility, files);
    }

    /** The area in force at {@code version} that {@code ended} was merged into, following merge upon merge. */
    private Optional<String> mergedInto(Area ended, PlanVersion version) {
        Area area = ended;
        for (int hops = 0; hops <= areas.size(); hops++) {
            if (plan.inForce(area.lifecycle(), version)) {
                return Optional.of(area.id());
            }
            Optional<String> next = area.lifecycle().ended()
                    .filter(e -> e.succession() == Lifecycle.Succession.MERGED_INTO)
                    .filter(e -> plan.version(e.version()).map(v -> !version.isBefore(v)).orElse(false))
                    .map(e -> e.successors().get(0));
            if (next.isEmpty() || area(next.get()).isEmpty()) {
                return Optional.empty();
            }
            area = area(next.get()).get();
        }
        return Optional.empty();
    }

    private List<Activity> activitiesAt(Area area, PlanVersion version) {
        return area.activities().stream().filter(a -> plan.inForce(a.lifecycle(), version))
                .map(a -> plan.wordingAt(a, a.earlier(), version)).toList();
    }

    /**
     * Everything as it stood at {@code followUp}: the version of the plan it reports on, the follow-ups up to it,
     * and only the indicator values dated on or before the last day its date may mean.
     */
    public Content asOf(FollowUp followUp) {
        Content version = at(plan.version(followUp.planVersion()).orElse(plan.currentVersion()));
        LocalDate day = followUp.date().lastDay();
        List<FollowUp> upTo = followUps.stream().filter(f -> f.date().compareTo(followUp.date()) <= 0).toList();
        return new Content(version.plan, version.goals, version.areas, upTo,
                indicators.stream().map(i -> i.asOf(day)).toList(), pages, accessibility, files);
    }

    public Stream<Activity> activities() {
        return areas.stream().flatMap(a -> a.activities().stream());
    }

    /** Every Markdown text in the content, each once, earlier wordings included. */
    public Stream<Markdown> markdown() {
        return Stream.concat(planMarkdown(), sharedTexts());
    }

    /** Every Markdown text of the plan's own, each once, earlier wordings included: all but the shared texts. */
    public Stream<Markdown> planMarkdown() {
        return Stream.of(
                planTexts(),
                plan.versions().stream().map(PlanVersion::changes),
                areas.stream().flatMap(a -> Stream.concat(a.earlier().stream().map(e -> e.value().intro()),
                        a.activities().stream().flatMap(x -> x.earlier().stream().map(e -> e.value().text())))),
                followUps.stream().flatMap(FollowUp::markdown)).flatMap(s -> s);
    }

    /** The plan's own texts as this content states them: its description, area introductions and activities. */
    public Stream<Markdown> planTexts() {
        return Stream.concat(Stream.of(plan.description()),
                areas.stream().flatMap(a -> Stream.concat(Stream.of(a.intro()), a.activities().stream().map(Activity::text))));
    }

    /** The texts every plan of a site shares: indicators, free pages, the accessibility statement. */
    public Stream<Markdown> sharedTexts() {
        return Stream.of(indicators.stream().map(Indicator::description), pages.stream().map(Page::body),
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
