package lupsite.derive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import lupsite.model.Assessment;
import lupsite.model.Content;
import lupsite.model.Decided;
import lupsite.model.FollowUp;
import lupsite.model.Goal;
import lupsite.model.Indicator;
import lupsite.model.Markdown;
import lupsite.model.PartialDate;
import lupsite.model.Status;
import lupsite.model.StatusScale;
import lupsite.model.Target;
import lupsite.problem.Problem;
import lupsite.problem.Problems;

/**
 * Computes everything the pages show but nobody typed: target results, changes between follow-ups and the
 * figures quoted in prose.
 */
public final class Derivation {

    private Derivation() {
    }

    public static Derived derive(Content content, Problems problems) {
        return derive(content, true, problems);
    }

    /**
     * {@code withShared} false leaves the shared texts (free pages, indicators' descriptions) to another plan of
     * the same site: they are shown once, with the first plan's figures.
     */
    public static Derived derive(Content content, boolean withShared, Problems problems) {
        Set<Problem> reported = ConcurrentHashMap.newKeySet();
        Content now = content.at(content.plan().currentVersion());
        // Now: every goal the plan has had, on all the data; every text that is not a follow-up's.
        Snapshot current = snapshot(now, content.goals(), content, nonFollowUpTexts(content, withShared), null,
                problems, reported);
        Map<PartialDate, Snapshot> atFollowUp = new HashMap<>();
        for (FollowUp followUp : content.followUps()) {
            Content then = content.asOf(followUp);
            atFollowUp.put(followUp.date(), snapshot(then, then.goals(), then,
                    Stream.concat(followUp.markdown(), then.planTexts()), followUp, problems, reported));
        }
        content.latestFollowUp().ifPresent(latest -> {
            warnOnContradictions(content, latest, atFollowUp.get(latest.date()).targetsByGoal(), problems);
            warnOnOverdue(atFollowUp.get(latest.date()).content(), latest, problems);
        });
        Set<PartialDate> archived = new HashSet<>();
        for (FollowUp followUp : content.followUps()) {
            followUp.decided().ifPresent(decided -> decided.archive().ifPresent(archive -> {
                if (asDecided(followUp, decided, archive, atFollowUp.get(followUp.date()), problems)) {
                    archived.add(followUp.date());
                }
            }));
        }
        return new Derived(content, current, atFollowUp, changes(content), archived);
    }

    /**
     * True when a decided follow-up says what its archive says. Otherwise each difference is an error, unless a
     * correction has been recorded since the archive: then it is due to be archived again.
     */
    private static boolean asDecided(FollowUp followUp, Decided decided, Decided.Archive archive, Snapshot at,
                                     Problems problems) {
        List<FollowUpRecord.Difference> differences = FollowUpRecord.differences(archive.facts(),
                FollowUpRecord.facts(followUp, at));
        if (differences.isEmpty()) {
            return true;
        }
        String date = followUp.date().toString();
        String archiveCommand = Decided.archiveCommand(followUp.position().file(), followUp.date());
        if (decided.correctedSinceArchive()) {
            problems.warning(decided.position(), "Uppföljningen " + date + " har en rättelse som inte är arkiverad. "
                    + "Kör " + archiveCommand + ", så att arkivexemplaret och PDF:en visar den.");
            return false;
        }
        for (FollowUpRecord.Difference d : differences) {
            String then = d.decided().orElse("");
            String now = d.now().orElse("");
            int start = changeStart(then, now);
            int[] end = changeEnds(then, now, start);
            problems.error(decided.position(), "Uppföljningen " + date + " är beslutad och ska säga samma sak som när "
                    + "den beslutades, men " + d.name() + " har ändrats: " + d.decided().map(v -> "\"" + excerpt(v, start,
                            end[0]) + "\"").orElse("fanns inte") + " i beslutet, nu " + d.now().map(v -> "\""
                            + excerpt(v, start, end[1]) + "\"").orElse("borta") + ". Ändra tillbaka, eller skriv vad som "
                    + "ändrats och varför under corrections: och kör sedan " + archiveCommand + ".");
        }
        return false;
    }

    /** A text this long is shown whole in a message; a longer one around what changed. */
    private static final int SHOWN_WHOLE = 80;
    /** How much of a long text stands before and after what changed, at least (then to a word's end). */
    private static final int CONTEXT = 30;

    /** Where the two texts first differ (0 when one of them is missing). */
    private static int changeStart(String then, String now) {
        int shorter = Math.min(then.length(), now.length());
        int at = 0;
        while (at < shorter && then.charAt(at) == now.charAt(at)) {
            at++;
        }
        return at;
    }

    /** Where what changed (from {@code start} on) ends in each text: before the end they have in common. */
    private static int[] changeEnds(String then, String now, int start) {
        int room = Math.min(then.length(), now.length()) - start;
        int common = 0;
        while (common < room && then.charAt(then.length() - 1 - common) == now.charAt(now.length() - 1 - common)) {
            common++;
        }
        return new int[] {then.length() - common, now.length() - common};
    }

    /**
     * A long text in a message: the words around what changed ({@code changeStart} to {@code changeEnd}), from the
     * same word on both sides, with "…" where it is cut, so the editor sees the change rather than the text's
     * first words, which are the same on both sides. A text that only one side has is shown from its start.
     */
    private static String excerpt(String text, int changeStart, int changeEnd) {
        if (text.length() <= SHOWN_WHOLE) {
            return text;
        }
        int start = changeStart <= CONTEXT ? 0 : text.lastIndexOf(' ', changeStart - CONTEXT) + 1;
        int end = Math.min(Math.max(changeEnd, changeStart) + CONTEXT, start + SHOWN_WHOLE);
        int wordEnd = end >= text.length() ? -1 : text.indexOf(' ', end);
        end = wordEnd < 0 ? text.length() : wordEnd;
        return (start > 0 ? "… " : "") + text.substring(start, end) + (end < text.length() ? " …" : "");
    }

    /** Every text but the follow-ups' own: the plan's (earlier wordings included) and the shared ones. */
    private static Stream<Markdown> nonFollowUpTexts(Content content, boolean withShared) {
        Set<Markdown> ofFollowUps = content.followUps().stream().flatMap(FollowUp::markdown)
                .collect(Collectors.toCollection(() -> Collections.newSetFromMap(new IdentityHashMap<>())));
        return (withShared ? content.markdown() : content.planMarkdown()).filter(m -> !ofFollowUps.contains(m));
    }

    /**
     * {@code goals} evaluated on {@code data}'s indicators, and the placeholders in {@code texts}; {@code asOf} is
     * the follow-up the snapshot is of (null for now), for the messages. A problem found in several snapshots (a
     * plan text shown at every follow-up) is reported once.
     */
    private static Snapshot snapshot(Content shown, List<Goal> goals, Content data, Stream<Markdown> texts,
                                     FollowUp asOf, Problems problems, Set<Problem> reported) {
        Map<String, TargetResult> targets = new HashMap<>();
        LocalDate asOfDay = asOf == null ? null : asOf.date().lastDay();
        for (Goal goal : goals) {
            goal.target().flatMap(t -> evaluate(t, goal.due(), data, asOfDay))
                    .ifPresent(result -> targets.put(goal.id(), result));
        }
        Problems found = new Problems();
        Map<String, String> figures = Figures.resolve(data, targets, texts, asOf, found);
        found.all().stream().filter(reported::add).forEach(problems::add);
        return new Snapshot(shown, targets, figures);
    }

    /**
     * {@code target} on the data: the latest value after the baseline (any value for a level without one). With a
     * {@code due} date that lies after {@code asOfDay} (after the latest value when null: "now" is as of the data),
     * a target not yet reached gets a progress verdict instead of a plain "not met".
     */
    static Optional<TargetResult> evaluate(Target target, PartialDate due, Content content, LocalDate asOfDay) {
        return content.indicator(target.indicatorId()).flatMap(indicator -> {
            Optional<BigDecimal> baseline = target.baseline() == null ? Optional.empty()
                    : measure(indicator, target, target.baseline());
            if (baseline.isEmpty() && !target.kind().isLevel()) {
                return Optional.empty();
            }
            List<Indicator.Key> keys = indicator.keys();
            for (int i = keys.size() - 1; i >= 0; i--) {
                Optional<LocalDate> day = keys.get(i).last()
                        .filter(d -> target.baseline() == null || d.isAfter(target.baseline()));
                Optional<BigDecimal> latest = day.flatMap(d -> measure(indicator, target, d));
                if (latest.isPresent()) {
                    BigDecimal required = target.required(baseline.orElse(null));
                    boolean met = target.reaches(latest.get(), required);
                    LocalDate dueDay = due == null ? null : due.lastDay();
                    boolean pending = dueDay != null && dueDay.isAfter(asOfDay == null ? day.get() : asOfDay);
                    Optional<Progress> progress = pending && !met && baseline.isPresent()
                            ? Progress.assess(target.baseline(), baseline.get(), day.get(), latest.get(), dueDay, required,
                                    target.kind().decrease)
                            : Optional.empty();
                    return Optional.of(new TargetResult(target, baseline.orElse(null), day.get(), latest.get(),
                            baseline.map(b -> target.change(b, latest.get())).orElse(null), required, met, dueDay,
                            pending, progress));
                }
            }
            return Optional.empty();
        });
    }

    /**
     * The level the target's series must reach for the target to be met, on every key from the baseline on
     * where it can be known: a constant without {@code compareTo}; with it, the compared series shifted by the
     * baseline difference minus (or plus) the required change, so it can be drawn in the same chart.
     */
    public static List<Indicator.Point> targetLine(TargetResult result, Indicator indicator) {
        Target target = result.target();
        BigDecimal required = result.required();
        Optional<Indicator.Series> compared = target.comparesSeries()
                ? indicator.series(target.compareToSeriesId()) : Optional.empty();
        List<Indicator.Point> line = new ArrayList<>();
        for (Indicator.Key key : indicator.keys()) {
            if (key.last().filter(d -> target.baseline() == null || !d.isBefore(target.baseline())).isEmpty()) {
                continue;
            }
            Optional<BigDecimal> level = target.comparesSeries()
                    ? compared.flatMap(s -> s.point(key)).map(p -> required.add(p.value()))
                    : Optional.of(required);
            level.ifPresent(v -> line.add(new Indicator.Point(key, v)));
        }
        return line;
    }

    /** The series' value on {@code date}, minus the compared series' value when the target compares two. */
    private static Optional<BigDecimal> measure(Indicator indicator, Target target, LocalDate date) {
        Optional<BigDecimal> value = indicator.series(target.seriesId()).flatMap(s -> s.valueAt(date));
        if (!target.comparesSeries()) {
            return value;
        }
        Optional<BigDecimal> reference = indicator.series(target.compareToSeriesId()).flatMap(s -> s.valueAt(date));
        return value.flatMap(v -> reference.map(v::subtract));
    }

    /**
     * A status that says met where the figures say not met, or the other way round, is a warning proposing the
     * status that means what the figures say. Only meanings count: a status without one (or one meaning "not
     * assessed", "ended") claims nothing the figures could contradict, and a scale without the meaning gets no
     * proposal, never the status that happens to be last.
     */
    private static final Set<Status.Meaning> JUDGEMENTS = EnumSet.of(Status.Meaning.MET, Status.Meaning.PARTLY_MET,
            Status.Meaning.NOT_MET);

    private static void warnOnContradictions(Content content, FollowUp latest, Map<String, TargetResult> targets,
                                             Problems problems) {
        StatusScale scale = content.plan().goalStatuses();
        targets.forEach((goalId, result) -> latest.goal(goalId).ifPresent(assessment -> assessment.status()
                .filter(status -> status.meaning() != null && JUDGEMENTS.contains(status.meaning()))
                .ifPresent(status -> {
            if (result.pending() && !result.met()) {
                return; // not due yet: "not met" would be premature, and met would be a hope
            }
            boolean saysMet = status.meaning() == Status.Meaning.MET;
            Optional<Status> proposed = scale.meaning(result.met() ? Status.Meaning.MET : Status.Meaning.NOT_MET);
            if (saysMet != result.met() && proposed.isPresent()) {
                problems.warning(assessment.statusPosition(), "Statusen \"" + status.id()
                        + "\" motsäger mätvärdena: målet är " + (result.met() ? "" : "inte ") + "uppnått enligt "
                        + "indikatorn (förändring " + SwedishNumbers.format(result.change(), 1) + " sedan "
                        + result.target().baseline() + "). Föreslagen status: " + proposed.get().id() + ".");
            }
        })));
    }

    /** An activity of the latest follow-up that is late is a warning: the pages mark it "försenad". */
    private static void warnOnOverdue(Content then, FollowUp latest, Problems problems) {
        then.activities().forEach(activity -> latest.activity(activity.id())
                .filter(a -> activity.overdue(latest.date(), a.status()))
                .ifPresent(a -> problems.warning(a.statusPosition(), "Aktiviteten \"" + activity.id() + "\" skulle vara "
                        + "klar senast " + activity.due() + " men är " + a.status().map(s -> "\"" + s.label() + "\"")
                                .orElse("utan status") + " i uppföljningen " + latest.date() + ", så den visas som "
                        + "försenad. Ändra statusen om den är klar, eller skriv i noteringen varför den är försenad.")));
    }

    /**
     * The latest assessment of each subject so far: a partial follow-up leaves the others as they were, so
     * the next follow-up is compared with what was last said of each goal and activity.
     */
    private static Map<String, Assessment> carriedForward(Map<String, Assessment> before, List<Assessment> now) {
        Map<String, Assessment> merged = new HashMap<>(before);
        merged.putAll(Assessment.bySubject(now));
        return merged;
    }

    private static Map<PartialDate, List<Change>> changes(Content content) {
        Map<PartialDate, List<Change>> result = new HashMap<>();
        Map<String, Assessment> previousGoals = Map.of();
        Map<String, Assessment> previousActivities = Map.of();
        for (FollowUp followUp : content.followUps()) {
            List<Change> changes = new ArrayList<>();
            for (Assessment after : followUp.goals()) {
                changes.add(new Change(Change.Subject.GOAL, after.subjectId(),
                        Optional.ofNullable(previousGoals.get(after.subjectId())), after));
            }
            for (Assessment after : followUp.activities()) {
                changes.add(new Change(Change.Subject.ACTIVITY, after.subjectId(),
                        Optional.ofNullable(previousActivities.get(after.subjectId())), after));
            }
            result.put(followUp.date(), changes.stream().filter(Change::isChange).toList());
            previousGoals = carriedForward(previousGoals, followUp.goals());
            previousActivities = carriedForward(previousActivities, followUp.activities());
        }
        return result;
    }
}
