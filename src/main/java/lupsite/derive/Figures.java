package lupsite.derive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import lupsite.model.Content;
import lupsite.model.FollowUp;
import lupsite.model.Goal;
import lupsite.model.Indicator;
import lupsite.model.Markdown;
import lupsite.model.Position;
import lupsite.problem.Problems;
import lupsite.problem.Suggestions;

/**
 * Figures quoted in prose, taken from the data so the text cannot drift from the tables. A placeholder is
 * {@code {{indikator:<id>:<serie>:<ÅÅÅÅ-MM-DD>}}}, {@code {{indikator:<id>:<serie>:senaste}}} or
 * {@code {{mal:<mål-id>:<forandring|utgangslage|senaste|krav>}}}; double braces mean nothing in CommonMark, so
 * they never collide with Markdown. Every placeholder is resolved (or reported, with its position) once per
 * build; rendering replaces each with its Swedish-formatted number.
 */
public final class Figures {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}\\n]*)}}");
    private static final String LATEST = "senaste";
    /** A daily series has thousands of dates; the message names the latest few. */
    private static final int KEYS_LISTED = 20;
    private static final Map<String, Function<TargetResult, BigDecimal>> GOAL_FIELDS = new TreeMap<>(Map.of(
            "forandring", TargetResult::change,
            "utgangslage", TargetResult::baselineValue,
            LATEST, TargetResult::latestValue,
            "krav", r -> r.target().amount()));

    private final Content content;
    private final Map<String, TargetResult> targets;
    private final FollowUp asOf;
    private final Problems problems;

    private Figures(Content content, Map<String, TargetResult> targets, FollowUp asOf, Problems problems) {
        this.content = content;
        this.targets = targets;
        this.asOf = asOf;
        this.problems = problems;
    }

    /**
     * Every placeholder in {@code texts}, by its text between the braces, as a Swedish number from {@code content}'s
     * data; {@code asOf} is the follow-up whose data that is (null for all the data there is), for the messages.
     */
    static Map<String, String> resolve(Content content, Map<String, TargetResult> targets, Stream<Markdown> texts,
                                       FollowUp asOf, Problems problems) {
        Figures figures = new Figures(content, targets, asOf, problems);
        Map<String, String> values = new TreeMap<>();
        texts.filter(markdown -> markdown.source().contains("{{")).forEach(markdown -> {
            Matcher m = PLACEHOLDER.matcher(markdown.source());
            while (m.find()) {
                String key = m.group(1);
                if (!values.containsKey(key)) {
                    figures.value(key, markdown.positionAt(m.start())).ifPresent(v -> values.put(key, v));
                }
            }
        });
        return values;
    }

    /** {@code source} with each known placeholder replaced by its figure; unknown ones stay as written. */
    public static String substitute(String source, Map<String, String> figures) {
        if (source.indexOf("{{") < 0) {
            return source;
        }
        return PLACEHOLDER.matcher(source).replaceAll(m -> Matcher.quoteReplacement(
                figures.getOrDefault(m.group(1), m.group())));
    }

    private Optional<String> value(String key, Position at) {
        String[] parts = key.strip().split(":", -1);
        if (parts.length == 4 && parts[0].equals("indikator")) {
            return indicatorValue(parts[1], parts[2], parts[3], at);
        }
        if (parts.length == 3 && parts[0].equals("mal")) {
            return goalValue(parts[1], parts[2], at);
        }
        problems.error(at, "Platshållaren {{" + key + "}} känns inte igen. Skriv {{indikator:id:serie:ÅÅÅÅ-MM-DD}}, "
                + "{{indikator:id:serie:senaste}} eller {{mal:id:forandring}} (eller utgangslage, senaste, krav).");
        return Optional.empty();
    }

    private Optional<String> indicatorValue(String indicatorId, String seriesId, String when, Position at) {
        Optional<Indicator> indicator = content.indicator(indicatorId);
        if (indicator.isEmpty()) {
            problems.error(at, "Indikatorn \"" + indicatorId + "\" finns inte i indicators/."
                    + Suggestions.didYouMean(indicatorId, content.indicators().stream().map(Indicator::id).toList()));
            return Optional.empty();
        }
        Optional<Indicator.Series> series = indicator.get().series(seriesId);
        if (series.isEmpty()) {
            problems.error(at, "Serien \"" + seriesId + "\" finns inte i indikatorn \"" + indicatorId + "\"."
                    + Suggestions.didYouMean(seriesId, indicator.get().series().stream().map(Indicator.Series::id).toList()));
            return Optional.empty();
        }
        Optional<Indicator.Point> point = when.equals(LATEST) ? series.get().latest() : series.get().point(when);
        Optional<LocalDate> after = asOf == null ? Optional.empty()
                : date(when).filter(d -> d.isAfter(asOf.date().lastDay()));
        if (after.isPresent()) {
            problems.error(at, "Värdet " + when + " i serien \"" + seriesId + "\" är daterat efter uppföljningen "
                    + asOf.date() + ", som bara visar värden fram till " + asOf.date().lastDay() + ": uppföljningen ska "
                    + "säga samma sak som när den skrevs. Ange ett datum till och med " + asOf.date().lastDay() + ".");
        } else if (point.isEmpty()) {
            List<String> keys = series.get().points().stream().map(p -> p.key().text()).toList();
            problems.error(at, "Serien \"" + seriesId + "\" i indikatorn \"" + indicatorId + "\" har inget värde för "
                    + when + (asOf == null || !when.equals(LATEST) ? "" : " fram till uppföljningens datum, "
                            + asOf.date().lastDay()) + ". " + (keys.size() <= KEYS_LISTED ? "Datum med värden: "
                            + String.join(", ", keys) : "Senaste datum med värden: " + String.join(", ",
                            keys.subList(keys.size() - KEYS_LISTED, keys.size()))) + ".");
        }
        return point.map(p -> SwedishNumbers.value(p.value(), indicator.get().decimals(), p.approximate()));
    }

    /** The plan's goals.yaml: a shared page's {@code mal:} names a goal of the site's first plan. */
    private String goalsFile() {
        return content.plan().folder() + "goals.yaml";
    }

    private Optional<String> goalValue(String goalId, String field, Position at) {
        Optional<Goal> goal = content.goal(goalId);
        if (goal.isEmpty()) {
            problems.error(at, "Målet \"" + goalId + "\" finns inte i " + goalsFile() + "."
                    + Suggestions.didYouMean(goalId, content.goals().stream().map(Goal::id).toList()));
            return Optional.empty();
        }
        if (goal.get().target().isEmpty()) {
            problems.error(at, "Målet \"" + goalId + "\" har inget mätbart mål (target) i " + goalsFile()
                    + ", så det finns inget värde att hämta.");
            return Optional.empty();
        }
        Function<TargetResult, BigDecimal> read = GOAL_FIELDS.get(field);
        if (read == null) {
            problems.error(at, "\"" + field + "\" kan inte hämtas för ett mål. Använd "
                    + String.join(", ", GOAL_FIELDS.keySet()) + ".");
            return Optional.empty();
        }
        TargetResult result = targets.get(goalId);
        if (result == null) {
            problems.error(at, "Målet \"" + goalId + "\" kan inte räknas fram: indikatorn \""
                    + goal.get().target().get().indicatorId() + "\" saknar värden efter basdatumet.");
            return Optional.empty();
        }
        if (read.apply(result) == null) {
            problems.error(at, "Målet \"" + goalId + "\" har inget basdatum (baseline), så \"" + field
                    + "\" finns inte. Använd " + LATEST + " eller krav, eller lägg till baseline: i " + goalsFile() + ".");
            return Optional.empty();
        }
        int decimals = content.indicator(result.target().indicatorId()).map(Indicator::decimals).orElse(1);
        return Optional.of(SwedishNumbers.format(read.apply(result), decimals));
    }


    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
