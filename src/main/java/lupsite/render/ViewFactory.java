package lupsite.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import lupsite.derive.Change;
import lupsite.derive.Derived;
import lupsite.derive.Snapshot;
import lupsite.derive.TargetResult;
import lupsite.markdown.Headings;
import lupsite.model.Activity;
import lupsite.model.Area;
import lupsite.model.Assessment;
import lupsite.model.Content;
import lupsite.model.ContentPaths;
import lupsite.model.Decision;
import lupsite.model.FollowUp;
import lupsite.model.Goal;
import lupsite.model.Horizon;
import lupsite.model.Indicator;
import lupsite.model.Markdown;
import lupsite.model.Page;
import lupsite.model.PlanVersion;
import lupsite.model.PartialDate;
import lupsite.model.SiteSettings;
import lupsite.model.Status;
import lupsite.model.StatusScale;
import lupsite.model.Target;
import lupsite.render.Views.ActivityView;
import lupsite.render.Views.AreaView;
import lupsite.render.Views.FollowUpView;
import lupsite.render.Views.GoalView;
import lupsite.render.Views.HorizonView;
import lupsite.render.Views.Link;
import lupsite.render.Views.PageView;
import lupsite.render.Views.SiteView;
import lupsite.render.Views.StatusCount;
import lupsite.render.Views.StatusView;
import lupsite.render.Views.TargetView;

/** Builds the template views from the model and what was derived from it. */
public final class ViewFactory {

    static final int SECTIONS_FOR_CONTENTS = 4;

    private final Content content;
    private final Derived derived;
    private final Snapshot snapshot;
    private final MarkdownHtml markdown;
    private final SiteUrls urls;
    private final Messages messages;
    // Lookups built once: a linear search per activity and follow-up is quadratic at 10,000 activities.
    private final Map<String, Activity> activitiesById;
    private final Map<String, Area> areasById;
    private final Map<String, List<Goal>> goalsByArea;
    private final Map<PartialDate, Map<String, Assessment>> goalsAt = new HashMap<>();
    private final Map<PartialDate, Map<String, Assessment>> activitiesAt = new HashMap<>();
    private final Map<String, List<Page>> childrenOf;
    /** Each child page's place among its siblings, so that previous / next take no search. */
    private final Map<String, Integer> placeAmongSiblings = new HashMap<>();
    private final Map<String, Page> pagesById;

    /**
     * How many top-level pages the menu shows at most, so that the menu on every page stays the same size
     * however many pages there are; every page is on the page index, which the menu links when it cannot show all.
     */
    public static final int MENU_PAGES = 5;

    /** Views of the plan and its data as {@code snapshot} has them; {@code derived} for what changed over time. */
    public ViewFactory(Snapshot snapshot, Derived derived, MarkdownHtml markdown, Messages messages) {
        this.content = snapshot.content();
        this.derived = derived;
        this.snapshot = snapshot;
        this.markdown = markdown;
        this.urls = markdown.urls();
        this.messages = messages;
        this.activitiesById = content.activities().collect(Collectors.toMap(Activity::id, a -> a, (a, b) -> a));
        this.areasById = content.areas().stream().collect(Collectors.toMap(Area::id, a -> a, (a, b) -> a));
        this.goalsByArea = content.goals().stream().filter(g -> g.areaId() != null)
                .collect(Collectors.groupingBy(Goal::areaId));
        for (FollowUp followUp : content.followUps()) {
            goalsAt.put(followUp.date(), Assessment.bySubject(followUp.goals()));
            activitiesAt.put(followUp.date(), Assessment.bySubject(followUp.activities()));
        }
        this.pagesById = content.pages().stream().collect(Collectors.toMap(Page::id, p -> p, (a, b) -> a));
        this.childrenOf = content.pages().stream().filter(p -> p.parent() != null).sorted(Page.ORDER)
                .collect(Collectors.groupingBy(Page::parent, Collectors.toList()));
        childrenOf.values().forEach(siblings -> {
            for (int i = 0; i < siblings.size(); i++) {
                placeAmongSiblings.put(siblings.get(i).id(), i);
            }
        });
    }

    private static Optional<Assessment> assessment(Map<PartialDate, Map<String, Assessment>> at, FollowUp followUp, String id) {
        return Optional.ofNullable(at.get(followUp.date()).get(id));
    }

    /** The frame of the plan's pages: its name and menu; in a site of several plans, a way back to all of them. */
    public SiteView site() {
        var plan = content.plan();
        List<Link> nav = new ArrayList<>();
        if (!plan.id().isEmpty()) {
            nav.add(new Link(SiteUrls.HOME, messages.t("nav.portal")));
        }
        nav.addAll(List.of(
                new Link(urls.home(), messages.t("nav.home")),
                new Link(urls.goals(), messages.t("nav.goals")),
                new Link(urls.areas(), messages.t("nav.areas")),
                new Link(urls.followUps(), messages.t("nav.followUps")),
                new Link(urls.history(), messages.t("nav.history")),
                new Link(SiteUrls.INDICATORS, messages.t("nav.indicators")),
                new Link(SiteUrls.SEARCH, messages.t("nav.search"))));
        Optional<FollowUp> latest = content.latestFollowUp();
        Link pageIndex = allPagesLink();
        return new SiteView(plan.title(), messages.list(plan.publishers()), plan.owner(), adopted(plan.currentVersion()),
                List.copyOf(nav), menuPages(pageIndex), pageIndex,
                plan.goalStatuses().statuses().stream().map(s -> status(s)).toList(),
                plan.activityStatuses().statuses().stream().map(s -> status(s)).toList(),
                latest.map(f -> new Link(urls.followUp(f.date()), f.title())).orElse(null),
                latest.map(f -> new Link(urls.pdf(f.date()), messages.t("followUp.pdfOf", f.title()))).orElse(null),
                plan.isRevised() ? new Link(urls.versions(), messages.t("revision.allVersions")) : null,
                urls.dataJson(),
                Generator.NAME,
                urls.home(),
                new Views.PlanHrefs(urls.goals(), urls.areas(), urls.followUps(), urls.history(), urls.versions()));
    }

    /**
     * The frame of the pages a site of several plans shares (its start page, indicators, free pages, search): the
     * site's name and a menu of its own; the statuses of every plan ({@code plans}), so each has its colour.
     */
    public SiteView portal(SiteSettings settings, List<SiteView> plans) {
        Link pageIndex = allPagesLink();
        return new SiteView(settings.title(), messages.list(settings.publishers()), null, null,
                List.of(new Link(SiteUrls.HOME, messages.t("nav.home")),
                        new Link(SiteUrls.INDICATORS, messages.t("nav.indicators")),
                        new Link(SiteUrls.SEARCH, messages.t("nav.search"))),
                menuPages(pageIndex), pageIndex,
                distinct(plans.stream().flatMap(p -> p.goalStatuses().stream())),
                distinct(plans.stream().flatMap(p -> p.activityStatuses().stream())),
                null, null, null, null, Generator.NAME, SiteUrls.HOME, null);
    }

    private static List<StatusView> distinct(Stream<StatusView> statuses) {
        Map<String, StatusView> byId = new LinkedHashMap<>();
        statuses.forEach(s -> byId.putIfAbsent(s.id(), s));
        return List.copyOf(byId.values());
    }

    private Link allPagesLink() {
        return content.pages().isEmpty() ? null : new Link(SiteUrls.PAGES, messages.t("nav.allPages"));
    }

    /** The free pages in the menu, as many as fit, then the index of all when some are left out. */
    private List<Link> menuPages(Link pageIndex) {
        List<Link> pages = new ArrayList<>(content.pages().stream().filter(Page::menuCandidate).sorted(Page.ORDER)
                .limit(MENU_PAGES).map(ViewFactory::link).toList());
        if (pages.size() < content.pages().size()) {
            pages.add(pageIndex);
        }
        return List.copyOf(pages);
    }

    public String planDescriptionHtml() {
        return markdown.html(content.plan().description());
    }

    /** The plan's horizons, then, when there are any, the goals that have a deadline but no horizon. */
    public List<HorizonView> horizons(Optional<FollowUp> asOf) {
        List<HorizonView> horizons = new ArrayList<>(content.plan().horizons().stream().map(h -> horizon(h, asOf)).toList());
        List<GoalView> dueOnly = goalsAt(Goal.NO_HORIZON, asOf);
        if (!dueOnly.isEmpty()) {
            horizons.add(new HorizonView(Goal.NO_HORIZON, messages.t("horizon.dueOnly"), null, dueOnly));
        }
        return List.copyOf(horizons);
    }

    private HorizonView horizon(Horizon horizon, Optional<FollowUp> asOf) {
        return new HorizonView(horizon.years(), messages.t("horizon.heading", horizon.years()), horizon.lead(),
                goalsAt(horizon.years(), asOf));
    }

    private List<GoalView> goalsAt(int horizon, Optional<FollowUp> asOf) {
        return content.goals().stream().filter(g -> g.horizon() == horizon).map(g -> goal(g, asOf)).toList();
    }

    public List<GoalView> goals(Optional<FollowUp> asOf) {
        return content.goals().stream().map(g -> goal(g, asOf)).toList();
    }

    private GoalView goal(Goal goal, Optional<FollowUp> asOf) {
        Optional<Assessment> assessment = asOf.flatMap(f -> assessment(goalsAt, f, goal.id()));
        return new GoalView(goal.id(), goal.text(), goal.horizon(),
                goal.due() == null ? null : messages.t("goal.due", goal.due().iso()),
                assessment.map(ViewFactory::status).orElse(null),
                assessment.map(a -> markdown.html(a.text())).orElse(""),
                snapshot.target(goal.id()).map(this::target).orElse(null),
                Optional.ofNullable(goal.areaId()).map(areasById::get)
                        .map(a -> new Link(urls.area(a.id()), a.title())).orElse(null));
    }

    private TargetView target(TargetResult result) {
        Target target = result.target();
        Indicator indicator = content.indicator(target.indicatorId()).orElseThrow();
        StatusScale scale = content.plan().goalStatuses();
        boolean judged = result.met() || !result.pending();
        Target.Kind kind = target.kind();
        return new TargetView(requirement(target, indicator, messages),
                result.baselineValue() == null ? null
                        : reading(indicator, target, target.baseline(), result.baselineValue()),
                reading(indicator, target, result.latestDate(), result.latestValue()),
                result.change() == null || kind.isLevel() ? null : change(result, indicator, messages),
                result.met(),
                result.pending(),
                result.dueDay() == null ? null : result.dueDay().toString(),
                result.progress().map(p -> messages.t("progress." + p.verdict().name())).orElse(null),
                kind.isLevel() || kind.isPercent() || result.pending() ? because(result, indicator, messages) : null,
                judged ? scale.meaning(result.met() ? Status.Meaning.MET : Status.Meaning.NOT_MET)
                        .map(ViewFactory::status).orElse(null) : null,
                new Link(SiteUrls.indicator(indicator.id()), indicator.title()));
    }

    /** "Minskning 4,7 sjukpenningdagar", or for a percent target "Minskning 3,2 %". */
    private static String change(TargetResult result, Indicator indicator, Messages messages) {
        String amount = messages.number(result.change(), indicator.decimals());
        return messages.t(result.target().kind().decrease ? "target.decrease" : "target.increase", amount,
                result.target().kind().isPercent() ? "%" : changeUnit(indicator, messages));
    }

    /**
     * Why the result is what it is, with its numbers: "Därför: 5,1 % (2021-12-31) är mer än 4,5 %." For a goal not
     * yet due, the observed and the required rate of change and Open SDG's verdict on them.
     */
    static String because(TargetResult result, Indicator indicator, Messages messages) {
        Target target = result.target();
        int decimals = indicator.decimals();
        String unit = target.comparesSeries() ? changeUnit(indicator, messages) : indicator.unit();
        String latest = messages.quantity(messages.number(result.latestValue(), decimals), unit) + " ("
                + result.latestDate() + ")";
        String required = messages.quantity(messages.number(result.required(), decimals), unit);
        String reason;
        if (result.pending() && !result.met()) {
            reason = result.progress().map(p -> messages.t("target.because.progress", target.baseline(),
                    rate(p.observedRate(), messages), required, result.dueDay(), rate(p.requiredRate(), messages),
                    messages.quantity(messages.number(BigDecimal.valueOf(p.ratio() * 100), 0), "%")))
                    .orElse(messages.t("target.because.noProgress", latest, required, result.dueDay()));
        } else if (target.kind().isLevel()) {
            reason = messages.t("target.because." + target.kind().key + (result.met() ? ".met" : ".notMet"), latest,
                    required);
        } else {
            String baseline = messages.quantity(messages.number(result.baselineValue(), decimals), unit) + " ("
                    + target.baseline() + ")";
            String needed = target.kind().isPercent()
                    ? messages.quantity(messages.number(target.amount(), percentDecimals(target)), "%")
                    : messages.quantity(messages.number(target.amount(), decimals), changeUnit(indicator, messages));
            reason = messages.t("target.because.change", baseline, latest,
                    change(result, indicator, messages).toLowerCase(Locale.ROOT), needed);
        }
        return messages.t("target.because", reason);
    }

    /** A percentage as written: "7 %", "7,5 %". */
    private static int percentDecimals(Target target) {
        return Math.max(0, target.amount().stripTrailingZeros().scale());
    }

    /** A yearly rate of change as a signed percentage: "-1,8 %". */
    private static String rate(double rate, Messages messages) {
        return messages.quantity(messages.number(BigDecimal.valueOf(rate * 100), 1), "%");
    }

    /** "Skillnaden mellan Jämtlands län och Riket ska minska med minst 1,0 sjukpenningdagar jämfört med 2014-12-31." */
    static String requirement(Target target, Indicator indicator, Messages messages) {
        String series = label(indicator, target.seriesId());
        String measured = target.comparesSeries()
                ? messages.t("target.difference", series, label(indicator, target.compareToSeriesId()))
                : series;
        String unit = target.kind().isPercent() ? "%"
                : target.comparesSeries() || !target.kind().isLevel() ? changeUnit(indicator, messages) : indicator.unit();
        int decimals = target.kind().isPercent() ? percentDecimals(target) : indicator.decimals();
        return messages.t("target.must." + target.kind().key, measured,
                messages.quantity(messages.number(target.amount(), decimals), unit), target.baseline());
    }

    /** "2014-12-31: Jämtlands län 12,4, Riket 9,4 (skillnad 3,0 sjukpenningdagar)". */
    private String reading(Indicator indicator, Target target, LocalDate date, BigDecimal measure) {
        int decimals = indicator.decimals();
        Function<String, String> value = id -> label(indicator, id) + " "
                + messages.number(indicator.series(id).flatMap(s -> s.valueAt(date)).orElseThrow(), decimals);
        if (!target.comparesSeries()) {
            return date + ": " + messages.quantity(value.apply(target.seriesId()), indicator.unit());
        }
        return date + ": " + value.apply(target.seriesId()) + ", " + value.apply(target.compareToSeriesId())
                + " (" + messages.t("target.differenceOf", messages.number(measure, decimals), changeUnit(indicator, messages)) + ")";
    }

    /** A difference between percentages is in percentage points, not per cent. */
    private static String changeUnit(Indicator indicator, Messages messages) {
        return indicator.unit().equals("%") ? messages.t("target.percentagePoints") : indicator.unit();
    }

    private static String label(Indicator indicator, String seriesId) {
        return indicator.series(seriesId).map(Indicator.Series::label).orElse(seriesId);
    }

    public List<AreaView> areas(Optional<FollowUp> asOf) {
        return content.areas().stream().map(a -> area(a, asOf)).toList();
    }

    public AreaView area(Area area, Optional<FollowUp> asOf) {
        boolean responsibles = area.activities().stream().anyMatch(a -> a.responsible() != null);
        List<ActivityView> activities = area.activities().stream().map(a -> activity(a, asOf, responsibles)).toList();
        List<Link> goals = goalsByArea.getOrDefault(area.id(), List.of()).stream().map(g -> new Link(urls.goals() + "#mal-" + g.id(), g.text())).toList();
        return new AreaView(area.id(), area.title(), urls.area(area.id()), markdown.html(area.intro()),
                activities, goals, asOf.map(f -> counts(content.plan().activityStatuses(),
                        area.activities().stream().map(Activity::id), activitiesAt.get(f.date()))).orElse(List.of()),
                responsibles ? byStatus(activities) : List.of(), responsibles ? byResponsible(activities) : List.of());
    }

    /** Each status of the scale that some activity has, in the scale's order, then those without one. */
    private List<Views.ActivityGroup> byStatus(List<ActivityView> activities) {
        List<Views.ActivityGroup> groups = new ArrayList<>();
        for (Status status : content.plan().activityStatuses().statuses()) {
            List<ActivityView> with = activities.stream().filter(a -> a.status() != null && a.status().id().equals(status.id()))
                    .toList();
            if (!with.isEmpty()) {
                groups.add(new Views.ActivityGroup(status(status), null, with));
            }
        }
        List<ActivityView> none = activities.stream().filter(a -> a.status() == null).toList();
        if (!none.isEmpty()) {
            groups.add(new Views.ActivityGroup(null, null, none));
        }
        return List.copyOf(groups);
    }

    /** Each responsible in the order first named, then the activities that name nobody. */
    private List<Views.ActivityGroup> byResponsible(List<ActivityView> activities) {
        Map<String, List<ActivityView>> groups = activities.stream().collect(Collectors.groupingBy(
                a -> Objects.toString(a.responsible(), ""), LinkedHashMap::new, Collectors.toList()));
        List<Views.ActivityGroup> result = new ArrayList<>();
        groups.forEach((responsible, with) -> {
            if (!responsible.isEmpty()) {
                result.add(new Views.ActivityGroup(null, responsible, with));
            }
        });
        if (groups.containsKey("")) {
            result.add(new Views.ActivityGroup(null, messages.t("area.noResponsible"), groups.get("")));
        }
        return List.copyOf(result);
    }

    /** {@code listed}: the activity is also listed by status and responsible, so it needs its short label. */
    private ActivityView activity(Activity activity, Optional<FollowUp> asOf, boolean listed) {
        Optional<Assessment> assessment = asOf.flatMap(f -> assessment(activitiesAt, f, activity.id()));
        return new ActivityView(activity.id(), listed ? DataViews.label(activity) : null, markdown.html(activity.text()),
                assessment.map(ViewFactory::status).orElse(null),
                assessment.map(a -> markdown.html(a.text())).orElse(""),
                activity.responsible(),
                activity.start() == null ? null : activity.start().iso(),
                activity.due() == null ? null : activity.due().iso(),
                asOf.filter(f -> activity.overdue(f.date(), assessment.flatMap(Assessment::status))).isPresent());
    }

    /** A follow-up as this factory's snapshot has it; {@code previous} and {@code next} only for the links. */
    public FollowUpView followUp(FollowUp followUp, FollowUp previous, FollowUp next) {
        Optional<FollowUp> asOf = Optional.of(followUp);
        StatusScale goalScale = content.plan().goalStatuses();
        StatusScale activityScale = content.plan().activityStatuses();
        return new FollowUpView(
                followUp.date().toString(),
                followUp.title(),
                content.plan().title(),
                adopted(content.plan().version(followUp.planVersion()).orElse(content.plan().currentVersion())),
                urls.followUp(followUp.date()),
                urls.pdf(followUp.date()),
                urls.changes(followUp.date()),
                followUp.decision().map(d -> decisionText("decision.handled", d)).orElse(null),
                followUp.decided().map(d -> decisionText("decision.decided", d.decision())).orElse(null),
                followUp.decided().map(d -> d.corrections().stream()
                        .map(c -> new Views.CorrectionView(c.date().toString(), c.text())).toList()).orElse(List.of()),
                followUp.goalsCaption(),
                markdown.html(followUp.summary()),
                markdown.html(followUp.statusNote()),
                horizons(asOf),
                areas(asOf),
                counts(goalScale, content.goals().stream().map(Goal::id), goalsAt.get(followUp.date())),
                counts(activityScale, content.activities().map(Activity::id), activitiesAt.get(followUp.date())),
                unreviewed(followUp),
                followUp.pageIds().stream().flatMap(id -> content.page(id).stream())
                        .map(p -> new Link(SiteUrls.page(p.id()), p.title())).toList(),
                previous == null ? null : new Link(urls.followUp(previous.date()), previous.title()),
                next == null ? null : new Link(urls.followUp(next.date()), next.title()));
    }

    /** "Förändringar sedan föregående uppföljning": what differs from the follow-up before. */
    public Views.ChangesView changes(FollowUp followUp, Views.RevisionView revision) {
        List<FollowUp> all = content.followUps();
        int index = all.indexOf(followUp);
        FollowUp previous = index > 0 ? all.get(index - 1) : null;
        List<Views.ChangeView> changes = derived.changes(followUp.date()).stream().map(change -> {
            boolean goal = change.subject() == Change.Subject.GOAL;
            Optional<Activity> activity = Optional.ofNullable(activitiesById.get(change.subjectId()));
            String subjectHtml = goal
                    ? content.goal(change.subjectId()).map(g -> Markup.escape(g.text())).orElse(change.subjectId())
                    : activity.map(a -> markdown.html(a.text())).orElse(change.subjectId());
            String href = goal ? urls.goals() + "#mal-" + change.subjectId()
                    : activity.map(a -> urls.area(a.areaId()) + "#aktivitet-" + a.id()).orElse(urls.areas());
            return new Views.ChangeView(messages.t(goal ? "kind.goal" : "kind.activity"), subjectHtml, href,
                    change.before().map(ViewFactory::status).orElse(null),
                    status(change.after()),
                    change.statusChanged(), change.textChanged(),
                    change.before().map(b -> markdown.html(b.text())).orElse(""),
                    markdown.html(change.after().text()));
        }).toList();
        return new Views.ChangesView(messages.t("followUp.changes"), followUp.date().toString(),
                urls.changes(followUp.date()),
                new Link(urls.followUp(followUp.date()), followUp.title()),
                previous == null ? null : new Link(urls.followUp(previous.date()), previous.title()),
                changes, unreviewed(followUp), revision);
    }

    /** The free pages a follow-up links (a budget, a decision memo), to print with it. */
    public List<PageView> attachments(FollowUp followUp) {
        return followUp.pageIds().stream().flatMap(id -> content.page(id).stream()).map(this::page).toList();
    }

    /** Null when the content has no accessibility.yaml (check warns); the page then says so. */
    public Views.AccessibilityView accessibility() {
        return content.accessibility().map(a -> new Views.AccessibilityView(a.compliance().id,
                a.thirdPartyAssessment(), markdown.html(a.gaps()), a.email(), a.phone(), a.supervisionUrl(),
                Objects.toString(a.prepared(), null), Objects.toString(a.reviewed(), null),
                Optional.ofNullable(a.lastTest()).map(t -> new Views.TestRunView(t.date().toString(), t.pages(),
                        t.widths(), t.chromium(), t.axeCore(), t.nuHtmlChecker(), t.axeViolations(), t.nuErrors(),
                        t.testsPassed())).orElse(null))).orElse(null);
    }

    public PageView page(Page page) {
        Page parent = page.parent() == null ? null : pagesById.get(page.parent());
        Link previous = null;
        Link next = null;
        if (parent != null) {
            List<Page> siblings = childrenOf.get(parent.id());
            int at = placeAmongSiblings.get(page.id());
            previous = at > 0 ? link(siblings.get(at - 1)) : null;
            next = at + 1 < siblings.size() ? link(siblings.get(at + 1)) : null;
        }
        List<Views.PageEntry> children = childrenOf.getOrDefault(page.id(), List.of()).stream()
                .map(child -> new Views.PageEntry(link(child), child.summary(), List.of())).toList();
        return new PageView(SiteUrls.page(page.id()), page.title(), page.summary(), markdown.html(page.body()), contents(page.body()),
                parent == null ? null : link(parent), children, previous, next, page.downloads().stream().map(d -> download(page, d)).toList(),
                pdf(page));
    }

    /** The PDF of the document {@code page} is in: its own, or the nearest page's above it (check bounds the levels). */
    private Link pdf(Page page) {
        for (Page in = page; in != null; in = in.parent() == null ? null : pagesById.get(in.parent())) {
            if (in.pdf()) {
                return new Link(SiteUrls.pagePdf(in.id()), messages.t("page.pdf", in.title()));
            }
        }
        return null;
    }

    /** A page with the pages under it, in reading order, as its own PDF shows them. */
    public Views.DocumentView document(Page page) {
        return new Views.DocumentView(page.title(), page.summary(), page.date() == null ? null : page.date().iso(),
                part(page));
    }

    private Views.DocumentPart part(Page page) {
        return new Views.DocumentPart(page.id(), page(page), markdown.headings(page.body()).stream().filter(h -> h.level() == 2)
                .map(h -> new Link(SiteUrls.page(page.id()) + "#" + h.id(), h.text())).toList(),
                childrenOf.getOrDefault(page.id(), List.of()).stream().map(this::part).toList());
    }

    /**
     * A page's h2 and h3 sections, when it has at least {@value #SECTIONS_FOR_CONTENTS}: below that the reader
     * sees them all on a screen or two, and a list would only push the text down.
     */
    private List<Views.Section> contents(Markdown body) {
        List<Headings.Entry> headings = markdown.headings(body).stream().filter(h -> h.level() == 2 || h.level() == 3)
                .toList();
        if (headings.size() < SECTIONS_FOR_CONTENTS) {
            return List.of();
        }
        List<List<Headings.Entry>> groups = new ArrayList<>(); // an h2 and the h3s after it
        for (Headings.Entry heading : headings) {
            if (heading.level() == 2 || groups.isEmpty()) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(heading);
        }
        return groups.stream().map(group -> new Views.Section(section(group.get(0)),
                group.subList(1, group.size()).stream().map(h -> new Views.Section(section(h), List.of())).toList()))
                .toList();
    }

    private static Link section(Headings.Entry heading) {
        return new Link("#" + heading.id(), heading.text());
    }

    /** Every page, top-level pages in order, each with the pages under it (at most a few levels: check bounds them). */
    public List<Views.PageEntry> pageIndex() {
        return content.pages().stream().filter(p -> p.parent() == null).sorted(Page.ORDER).map(this::entry).toList();
    }

    private Views.PageEntry entry(Page page) {
        return new Views.PageEntry(link(page), page.summary(),
                childrenOf.getOrDefault(page.id(), List.of()).stream().map(this::entry).toList());
    }

    private static Link link(Page page) {
        return new Link(SiteUrls.page(page.id()), page.title());
    }

    private Views.DownloadView download(Page page, Page.Download download) {
        String path = ContentPaths.resolve(page.position().file(), download.target()).orElseThrow(); // checked
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new Views.DownloadView(SiteUrls.FILES + path, download.title(),
                name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT), size(content.files().get(path)));
    }

    /** "12 kB" (rounded up, so a small file never shows as 0 kB) or "1,4 MB". */
    private String size(long bytes) {
        long megabyte = 1024 * 1024;
        return bytes < megabyte ? messages.t("download.kilobytes", (bytes + 1023) / 1024)
                : messages.t("download.megabytes", messages.number(BigDecimal.valueOf(bytes)
                        .divide(BigDecimal.valueOf(megabyte), 1, RoundingMode.HALF_UP), 1));
    }

    /**
     * How many of {@code subjects} (the goals or activities in force) have each status at {@code at}: every status
     * of the scale, then "Ingen uppgift" (a null status) for those without one when there are any. When none has a
     * status, only that count is shown: a row of zeros would read as an assessment.
     */
    private static List<StatusCount> counts(StatusScale scale, Stream<String> subjects, Map<String, Assessment> at) {
        Map<String, Long> byStatus = subjects.collect(Collectors.groupingBy(id -> Optional.ofNullable(at.get(id))
                .flatMap(Assessment::status).map(Status::id).orElse(""), Collectors.counting()));
        int none = byStatus.getOrDefault("", 0L).intValue();
        List<StatusCount> counts = new ArrayList<>();
        if (byStatus.size() > (none > 0 ? 1 : 0)) {
            scale.statuses().forEach(s -> counts.add(new StatusCount(status(s), byStatus.getOrDefault(s.id(), 0L).intValue())));
        }
        if (none > 0) {
            counts.add(new StatusCount(null, none));
        }
        return List.copyOf(counts);
    }

    /** A status as such, in a legend or a count. */
    static StatusView status(Status status) {
        return new StatusView(status.id(), status.label(), status.symbol(), status.color(), false, false);
    }

    /** A status as assessed at a follow-up, with how it came about; null ("Ingen uppgift") when it has none. */
    static StatusView status(Assessment assessment) {
        return assessment.status().map(status -> new StatusView(status.id(), status.label(), status.symbol(),
                status.color(), assessment.reconstructed(), assessment.review())).orElse(null);
    }

    private static int unreviewed(FollowUp followUp) {
        return (int) Stream.concat(followUp.goals().stream(), followUp.activities().stream())
                .filter(Assessment::review).count();
    }

    /**
     * "Fastställd av Regionfullmäktige 2015", or for a revision "Reviderad av ..."; "Fastställd 2015" when the source
     * names no body, and null when it says nothing of the decision (nothing is printed then).
     */
    String adopted(PlanVersion version) {
        Decision adopted = version.adopted();
        if (adopted.date() == null && adopted.body() == null && adopted.reference() == null && adopted.paragraph() == null) {
            return null;
        }
        boolean body = adopted.body() != null;
        String key = version.index() == 0 ? (body ? "decision.adopted" : "decision.adoptedNoBody")
                : (body ? "decision.revised" : "decision.revisedNoBody");
        return decisionText(key, adopted);
    }

    private String decisionText(String key, Decision decision) {
        StringBuilder text = new StringBuilder(messages.t(key, decision.body()));
        if (decision.date() != null) {
            text.append(' ').append(decision.date().iso());
        }
        if (decision.paragraph() != null) {
            text.append(", ").append(decision.paragraph());
        }
        if (decision.reference() != null) {
            text.append(" (").append(messages.t("decision.reference", decision.reference())).append(')');
        }
        return text.toString();
    }

}
