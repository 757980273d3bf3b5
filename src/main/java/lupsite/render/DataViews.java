package lupsite.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import lupsite.derive.Derivation;
import lupsite.derive.Snapshot;
import lupsite.derive.TargetResult;
import lupsite.model.Activity;
import lupsite.model.Area;
import lupsite.model.Assessment;
import lupsite.model.Content;
import lupsite.model.FollowUp;
import lupsite.model.Goal;
import lupsite.model.Horizon;
import lupsite.model.Indicator;
import lupsite.model.Target;
import lupsite.render.Views.HistoryCell;
import lupsite.render.Views.HistoryGroup;
import lupsite.render.Views.HistoryRow;
import lupsite.render.Views.HistoryView;
import lupsite.render.Views.IndicatorGoalView;
import lupsite.render.Views.IndicatorView;
import lupsite.render.Views.Link;
import lupsite.render.Views.TableRow;

/** The views of the data pages: indicators with their charts and tables, and the history of every status. */
public final class DataViews {

    private static final int LABEL_LENGTH = 90;
    /**
     * The rows an indicator's table shows on its page and in the PDF: the latest this many. A daily series of
     * years would otherwise be thousands of rows of HTML and hundreds of printed pages; all values stay in the CSV.
     */
    static final int TABLE_ROWS = 200;
    /** Bar groups that still fit the chart's width; an indicator with more is drawn as a line. */
    static final int MAX_BARS = 60;

    private final Content content;
    private final Snapshot snapshot;
    private final MarkdownHtml markdown;
    private final SiteUrls urls;
    private final Messages messages;

    /** Views of the indicators and the history as {@code snapshot} has them. */
    public DataViews(Snapshot snapshot, MarkdownHtml markdown, Messages messages) {
        this.content = snapshot.content();
        this.snapshot = snapshot;
        this.markdown = markdown;
        this.urls = markdown.urls();
        this.messages = messages;
    }

    public List<IndicatorView> indicators() {
        return indicators(List.of(this));
    }

    /**
     * Each indicator with the goals measured on it in every plan of {@code plans} (this plan's views among them);
     * its chart draws the target of the first plan that has one on it.
     */
    public List<IndicatorView> indicators(List<DataViews> plans) {
        return content.indicators().stream().map(i -> indicator(i, plans)).toList();
    }

    private List<Goal> goalsOn(Indicator indicator) {
        return content.goals().stream()
                .filter(g -> g.target().filter(t -> t.indicatorId().equals(indicator.id())).isPresent()).toList();
    }

    private List<IndicatorGoalView> goalViews(Indicator indicator) {
        return goalsOn(indicator).stream().map(g -> new IndicatorGoalView(
                new Link(urls.goals() + "#mal-" + g.id(), g.text()),
                ViewFactory.requirement(g.target().orElseThrow(), indicator, messages),
                snapshot.target(g.id()).map(TargetResult::met).orElse(false))).toList();
    }

    private IndicatorView indicator(Indicator indicator, List<DataViews> plans) {
        Optional<TargetResult> charted = plans.stream()
                .flatMap(p -> p.goalsOn(indicator).stream().flatMap(g -> p.snapshot.target(g.id()).stream())).findFirst();
        Optional<ChartSvg.Line> target = charted.map(result -> targetLine(result, indicator));
        int targetSeries = charted.map(r -> indicator.series().indexOf(indicator.series(r.target().seriesId()).orElseThrow()))
                .orElse(0);
        List<ChartSvg.Line> series = indicator.series().stream()
                .map(s -> new ChartSvg.Line(s.label(), s.points())).toList();
        ChartSvg.Kind kind = indicator.categorical() ? ChartSvg.Kind.CATEGORY
                : indicator.chart() == Indicator.Chart.BAR && indicator.keys().size() <= MAX_BARS
                        ? ChartSvg.Kind.BAR : ChartSvg.Kind.LINE;
        ChartSvg.Spec chart = new ChartSvg.Spec("diagram-" + indicator.id(), indicator.title(), kind,
                indicator.unit(), indicator.decimals(), series, target, targetSeries);

        List<String> columns = new ArrayList<>(List.of(messages.t(indicator.categorical() ? "table.category" : "table.date")));
        series.forEach(s -> columns.add(s.label()));
        target.ifPresent(t -> columns.add(t.label()));
        List<Indicator.Series> lines = new ArrayList<>(indicator.series());
        target.ifPresent(t -> lines.add(new Indicator.Series("", t.label(), t.points())));
        List<Indicator.Key> keys = indicator.keys();
        List<Indicator.Key> shown = keys.subList(Math.max(0, keys.size() - TABLE_ROWS), keys.size());
        List<TableRow> rows = shown.stream().map(key -> new TableRow(key.text(), lines.stream()
                .map(line -> line.point(key).map(p -> messages.value(p, indicator.decimals())).orElse("–")).toList()))
                .toList();
        String tableNote = shown.size() < keys.size()
                ? messages.t("indicator.latestRows", shown.size(), messages.number(BigDecimal.valueOf(keys.size()), 0))
                : "";

        List<IndicatorGoalView> goalViews = plans.stream().flatMap(p -> p.goalViews(indicator).stream()).toList();
        String source = indicator.retrieved().map(day -> messages.t("indicator.retrieved", indicator.source(), day))
                .orElse(indicator.source());
        return new IndicatorView(indicator.id(), indicator.title(), SiteUrls.indicator(indicator.id()), indicator.unit(),
                source, markdown.html(indicator.description()),
                ChartSvg.kindName(kind, messages), ChartSvg.render(chart, messages),
                ChartSvg.renderForPrint(chart, messages), SiteUrls.dataCsv(indicator.id()),
                List.copyOf(columns), rows, tableNote, goalViews);
    }

    /** "Målnivå för Jämtlands län (Riket + 2,0)": the level the target's series must reach. */
    private ChartSvg.Line targetLine(TargetResult result, Indicator indicator) {
        Target target = result.target();
        String series = indicator.series(target.seriesId()).map(Indicator.Series::label).orElse(target.seriesId());
        String label = messages.t("target.level", series);
        if (target.comparesSeries()) {
            BigDecimal offset = result.required();
            String compared = indicator.series(target.compareToSeriesId()).map(Indicator.Series::label)
                    .orElse(target.compareToSeriesId());
            label += " (" + compared + (offset.signum() < 0 ? " - " : " + ")
                    + messages.number(offset.abs(), indicator.decimals()) + ")";
        }
        return new ChartSvg.Line(label, Derivation.targetLine(result, indicator));
    }

    /**
     * Every goal and activity the plan has ever had ({@code all}), down, every follow-up across; a cell of a
     * follow-up on a version the item was not part of says so, and each row says when it came in and ended.
     */
    HistoryView history(Content all, RevisionViews revisions) {
        List<FollowUp> followUps = content.followUps();
        List<Link> columns = followUps.stream()
                .map(f -> new Link(urls.followUp(f.date()), f.date().iso())).toList();
        // The ids in force per version, once each: a search per cell would be quadratic in the activities.
        Map<String, Set<String>> versions = new HashMap<>();
        Function<FollowUp, Set<String>> inForce = f -> versions.computeIfAbsent(f.planVersion(), id -> {
            Content then = all.at(all.plan().version(id).orElseThrow());
            return Stream.concat(then.goals().stream().map(g -> "mal-" + g.id()),
                    then.activities().map(a -> "aktivitet-" + a.id())).collect(Collectors.toSet());
        });
        List<HistoryGroup> groups = new ArrayList<>();
        // The plan's horizons, then the goals with only a deadline, as on the goals page.
        List<Integer> horizons = new ArrayList<>(all.plan().horizons().stream().map(Horizon::years).toList());
        horizons.add(Goal.NO_HORIZON);
        for (int horizon : horizons) {
            List<HistoryRow> rows = all.goals().stream().filter(g -> g.horizon() == horizon)
                    .map(g -> row("mal-" + g.id(), messages.t("kind.goal"), g.text(), Markup.escape(g.text()),
                            new Link(urls.goals() + "#mal-" + g.id(), messages.t("history.goalOnGoalsPage")),
                            revisions.lineage(g), FollowUp::goal, f -> inForce.apply(f).contains("mal-" + g.id()), g.id()))
                    .toList();
            if (!rows.isEmpty()) {
                groups.add(new HistoryGroup("mal-" + horizon, horizon == Goal.NO_HORIZON ? messages.t("horizon.dueOnly")
                        : messages.t("horizon.heading", horizon), List.of(), rows));
            }
        }
        for (Area area : all.areas()) {
            List<HistoryRow> rows = area.activities().stream()
                    .map(a -> row("aktivitet-" + a.id(), messages.t("kind.activity"), label(a), markdown.html(a.text()),
                            new Link(urls.area(area.id()) + "#aktivitet-" + a.id(), messages.t("history.activityIn", area.title())),
                            revisions.lineage(a), FollowUp::activity,
                            f -> inForce.apply(f).contains("aktivitet-" + a.id()), a.id())).toList();
            groups.add(new HistoryGroup("omrade-" + area.id(), messages.t("history.activitiesOf", area.title()),
                    revisions.lineage(area), rows));
        }
        return new HistoryView(columns, groups);
    }

    private HistoryRow row(String anchor, String kind, String label, String textHtml, Link current,
                           List<String> lineage, BiFunction<FollowUp, String, Optional<Assessment>> assessment,
                           Predicate<FollowUp> inPlan, String id) {
        List<HistoryCell> cells = content.followUps().stream().map(f -> {
            Optional<Assessment> a = assessment.apply(f, id);
            return new HistoryCell(new Link(urls.followUp(f.date()), f.title()),
                    a.map(ViewFactory::status).orElse(null),
                    a.map(x -> markdown.html(x.text())).orElse(""), a.isPresent() || inPlan.test(f));
        }).toList();
        return new HistoryRow(anchor, kind, label, textHtml, current, lineage, cells);
    }

    /** An activity's first line as plain text, shortened at a word: the matrix's row heading. */
    static String label(Activity activity) {
        String first = activity.text().source().strip().lines().findFirst().orElse(activity.id())
                .replaceAll("[*_`#>]", "").strip();
        if (first.length() <= LABEL_LENGTH) {
            return first;
        }
        int cut = first.lastIndexOf(' ', LABEL_LENGTH);
        return first.substring(0, cut > 0 ? cut : LABEL_LENGTH) + " …";
    }
}
