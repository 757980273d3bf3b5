package lupsite.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import lupsite.load.Node.ScalarNode;
import lupsite.model.Area;
import lupsite.model.Decision;
import lupsite.model.Earlier;
import lupsite.model.Goal;
import lupsite.model.Lifecycle;
import lupsite.model.Markdown;
import lupsite.model.PartialDate;
import lupsite.model.Plan;
import lupsite.model.PlanVersion;
import lupsite.model.Position;
import lupsite.problem.Problems;
import lupsite.problem.Suggestions;

/**
 * The plan's versions and, across them, the lifecycle of every goal, area and activity: read from their files,
 * then checked against each other once all are known (a goal may be replaced by one defined further down).
 */
final class Revisions {

    /** A version id as an editor wrote it, kept with its place until the versions are known. */
    private record Use(String id, Position at) {
    }

    /** One item's lifecycle and earlier wordings as written, for the checks that need every item. */
    private record Item(Kind kind, String id, Lifecycle lifecycle, Use since, Optional<Use> ended,
                        List<Use> earlier) {
    }

    /** Goals, areas and activities differ here only in words and in where they are defined. */
    enum Kind {
        GOAL("Målet", "målet", "det", "goals.yaml"),
        AREA("Målområdet", "målområdet", "det", "areas/"),
        ACTIVITY("Aktiviteten", "aktiviteten", "den", "areas/");

        final String word;
        final String lower;
        final String pronoun;
        final String where;

        Kind(String word, String lower, String pronoun, String where) {
            this.word = word;
            this.lower = lower;
            this.pronoun = pronoun;
            this.where = where;
        }
    }

    private final Problems problems;
    private final List<Item> items = new ArrayList<>();
    private String firstVersion = DEFAULT_FIRST_VERSION;

    static final String DEFAULT_FIRST_VERSION = "1";

    Revisions(Problems problems) {
        this.problems = problems;
    }

    // ---- plan.yaml

    /** The first version (plan.yaml's {@code adopted}) and every revision under {@code versions}, in order. */
    List<PlanVersion> versions(Fields plan, String title, Function<Fields, Decision> decision) {
        Decision adopted = plan.fields("adopted").map(decision).orElse(new Decision(null, null, null, null));
        firstVersion = plan.optionalText("version")
                .orElse(adopted.date() == null ? DEFAULT_FIRST_VERSION : Integer.toString(adopted.date().year()));
        List<PlanVersion> versions = new ArrayList<>();
        versions.add(new PlanVersion(firstVersion, 0, adopted, title, new Markdown("", plan.position()),
                plan.keyPosition("adopted")));
        Map<String, Position> seen = new HashMap<>(Map.of(firstVersion, plan.keyPosition("adopted")));
        for (Fields revision : plan.list("versions")) {
            String id = revision.text("id");
            Position at = revision.position("id");
            Position first = seen.putIfAbsent(id, at);
            if (first != null) {
                problems.error(at, "Planversionen \"" + id + "\" finns redan på rad " + first.line() + ". Varje "
                        + "version har ett eget id; ge den här ett nytt, till exempel året den antogs.");
                continue;
            }
            PlanVersion previous = versions.get(versions.size() - 1);
            Decision revised = revision.fields("adopted").map(decision).orElseThrow();
            if (revised.date() != null && previous.adopted().date() != null
                    && revised.date().lastDay().isBefore(previous.adopted().date().firstDay())) {
                problems.error(revision.position("adopted"), "Version \"" + id + "\" antogs " + revised.date()
                        + ", före version \"" + previous.id() + "\" (" + previous.adopted().date() + ") som står före "
                        + "den. Versionerna ska stå i den ordning de antogs, den äldsta först.");
            }
            versions.add(new PlanVersion(id, versions.size(), revised,
                    revision.optionalText("title").orElse(previous.title()), revision.markdown("changes"), at));
        }
        return versions;
    }

    // ---- goals.yaml and areas/

    /** Where an item comes into the plan and where it leaves it; checked in {@link #check}. */
    Lifecycle lifecycle(Kind kind, String id, Fields item, List<Fields> earlier) {
        Use since = item.scalar("since").map(Revisions::use).orElse(new Use(null, item.position()));
        Optional<Fields> ended = item.fields("ended");
        Optional<Lifecycle.Ending> ending = ended.map(e -> {
            List<String> replaced = e.texts("replacedBy");
            List<String> split = e.texts("splitInto");
            Optional<String> merged = e.optionalText("mergedInto");
            int kinds = (replaced.isEmpty() ? 0 : 1) + (split.isEmpty() ? 0 : 1) + (merged.isEmpty() ? 0 : 1);
            if (kinds > 1) {
                problems.error(e.position(), "Ange bara ett av replacedBy (ersatt av), mergedInto (sammanslagen med) "
                        + "och splitInto (uppdelad i) för " + kind.lower + " \"" + id + "\".");
            }
            if (merged.isPresent() && kind != Kind.AREA) {
                problems.error(e.position("mergedInto"), "mergedInto gäller målområden. Skriv replacedBy: [" + merged.get()
                        + "] när " + kind.lower + " \"" + id + "\" har ersatts av " + (kind.pronoun.equals("den") ? "en annan" : "ett annat")
                        + ".");
            }
            Lifecycle.Succession succession = !replaced.isEmpty() ? Lifecycle.Succession.REPLACED_BY
                    : !split.isEmpty() ? Lifecycle.Succession.SPLIT_INTO
                    : merged.isPresent() ? Lifecycle.Succession.MERGED_INTO : Lifecycle.Succession.NONE;
            List<String> successors = !replaced.isEmpty() ? replaced : !split.isEmpty() ? split : merged.stream().toList();
            return new Lifecycle.Ending(e.text("version"), e.text("reason"), succession, successors,
                    e.position("version"));
        });
        Lifecycle lifecycle = new Lifecycle(since.id() == null ? firstVersion : since.id(), ending);
        items.add(new Item(kind, id, lifecycle, since, ended.flatMap(e -> e.scalar("version")).map(Revisions::use),
                earlier.stream().map(e -> use(e.scalar("until").orElseThrow())).toList()));
        return lifecycle;
    }

    /** The item's earlier wordings, each made from the current one with what the entry changes. */
    <T> List<Earlier<T>> earlier(List<Fields> entries, Function<Fields, T> worded) {
        return entries.stream().map(e -> new Earlier<>(e.text("until"), worded.apply(e), e.position("until"))).toList();
    }

    private static Use use(ScalarNode scalar) {
        return new Use(scalar.text(), scalar.valueStart());
    }

    // ---- across everything

    /** Every version id names a version, and every lifecycle and succession makes sense across the versions. */
    void check(Plan plan, List<Goal> goals, List<Area> areas) {
        Map<Kind, Map<String, Lifecycle>> byKind = Map.of(
                Kind.GOAL, lifecycles(goals.stream().map(g -> Map.entry(g.id(), g.lifecycle())).toList()),
                Kind.AREA, lifecycles(areas.stream().map(a -> Map.entry(a.id(), a.lifecycle())).toList()),
                Kind.ACTIVITY, lifecycles(areas.stream().flatMap(a -> a.activities().stream())
                        .map(a -> Map.entry(a.id(), a.lifecycle())).toList()));
        for (Item item : items) {
            Optional<PlanVersion> since = item.since().id() == null ? Optional.of(plan.firstVersion())
                    : version(plan, item.since());
            Optional<PlanVersion> ended = item.ended().flatMap(e -> version(plan, e));
            if (since.isPresent() && ended.isPresent() && !since.get().isBefore(ended.get())) {
                problems.error(item.ended().get().at(), item.kind().word + " \"" + item.id() + "\" avslutas i version "
                        + ended.get().id() + " men " + (item.since().id() == null ? "gäller från planens första version"
                        : "införs i version " + since.get().id()) + ". " + capitalized(item.kind().pronoun) + " kan bara "
                        + "avslutas i en senare version än den då " + item.kind().pronoun + " infördes.");
            }
            Map<String, Use> untils = new HashMap<>();
            for (Use until : item.earlier()) {
                Use twice = untils.putIfAbsent(until.id(), until);
                if (twice != null) {
                    problems.error(until.at(), "Två tidigare lydelser av " + item.kind().lower + " \"" + item.id()
                            + "\" gäller till version " + until.id() + " (rad " + twice.at().line() + " och rad "
                            + until.at().line() + "). Ta bort den ena.");
                    continue;
                }
                Optional<PlanVersion> wordedUntil = version(plan, until); // once: an unknown id is one error
                wordedUntil.filter(v -> since.isPresent() && !since.get().isBefore(v)).ifPresent(v ->
                        problems.error(until.at(), "En tidigare lydelse som gäller till version " + v.id() + " behövs "
                                + "inte: " + item.kind().lower + " \"" + item.id() + "\" " + (item.since().id() == null
                                ? "fanns inte före den." : "infördes först i version " + since.get().id() + ".")
                                + " Ta bort den, eller ange en senare version i until."));
                wordedUntil.filter(v -> ended.isPresent() && ended.get().isBefore(v)).ifPresent(v ->
                        problems.error(until.at(), "En tidigare lydelse som gäller till version " + v.id() + " kan inte "
                                + "finnas: " + item.kind().lower + " \"" + item.id() + "\" avslutades i version "
                                + ended.get().id() + ". Ange en version till och med " + ended.get().id() + "."));
            }
            ended.ifPresent(v -> successors(plan, item, v, byKind.get(item.kind())));
        }
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static Map<String, Lifecycle> lifecycles(List<Map.Entry<String, Lifecycle>> entries) {
        Map<String, Lifecycle> map = new HashMap<>();
        entries.forEach(e -> map.putIfAbsent(e.getKey(), e.getValue()));
        return map;
    }

    /** What took an ended item's place exists, is of its kind and is in force from the version it ended in. */
    private void successors(Plan plan, Item item, PlanVersion ended, Map<String, Lifecycle> sameKind) {
        Lifecycle.Ending ending = item.lifecycle().ended().orElseThrow();
        for (String successor : ending.successors()) {
            Lifecycle lifecycle = sameKind.get(successor);
            if (lifecycle == null) {
                problems.error(ending.position(), item.kind().word + " \"" + successor + "\", som ska ta över efter \""
                        + item.id() + "\", finns inte i " + item.kind().where + "."
                        + Suggestions.didYouMean(successor, List.copyOf(sameKind.keySet())));
            } else if (successor.equals(item.id())) {
                problems.error(ending.position(), item.kind().word + " \"" + item.id() + "\" kan inte ta över efter "
                        + "sig självt. Ange vad som ersatte " + item.kind().pronoun + ", eller ta bort raden.");
            } else if (!plan.inForce(lifecycle, ended)) {
                // Introduced too late: since: is the fix. Ended already: only another successor is.
                boolean later = ended.isBefore(plan.version(lifecycle.since()).orElse(plan.firstVersion()));
                problems.error(ending.position(), item.kind().word + " \"" + successor + "\" ska ta över efter \""
                        + item.id() + "\" i version " + ended.id() + " men gäller inte i den versionen"
                        + (later ? ". Skriv since: " + ended.id() + " för \"" + successor + "\", eller ange en annan "
                                + "version här."
                                : ": " + whyNotInForce(plan, lifecycle, ended, item.kind().pronoun) + ". Ange "
                                + "vad som gäller i version " + ended.id() + " i stället."));
            }
        }
    }

    private Optional<PlanVersion> version(Plan plan, Use use) {
        Optional<PlanVersion> version = plan.version(use.id());
        if (version.isEmpty()) {
            problems.error(use.at(), unknownVersion(plan, use.id()));
        }
        return version;
    }

    static String unknownVersion(Plan plan, String id) {
        List<String> ids = plan.versions().stream().map(PlanVersion::id).toList();
        return "Planversionen \"" + id + "\" finns inte i plan.yaml." + Suggestions.didYouMean(id, ids)
                + " Planens versioner: " + String.join(", ", ids) + ".";
    }

    /** "införs i version 2020" / "avslutades i version 2020 (ersatt av "x")": why an item is not in {@code version}. */
    static String whyNotInForce(Plan plan, Lifecycle lifecycle, PlanVersion version, String pronoun) {
        PlanVersion since = plan.version(lifecycle.since()).orElse(plan.firstVersion());
        if (version.isBefore(since)) {
            return pronoun + " infördes i version " + since.id();
        }
        Lifecycle.Ending ending = lifecycle.ended().orElseThrow();
        String successors = String.join(", ", ending.successors().stream().map(s -> "\"" + s + "\"").toList());
        return pronoun + " avslutades i version " + ending.version() + switch (ending.succession()) {
            case NONE -> "";
            case REPLACED_BY -> " (ersatt av " + successors + ")";
            case MERGED_INTO -> " (sammanslag" + (pronoun.equals("den") ? "en" : "et") + " med " + successors + ")";
            case SPLIT_INTO -> " (uppdela" + (pronoun.equals("den") ? "d" : "t") + " i " + successors + ")";
        };
    }

    /** A follow-up's date against its version: a version adopted after the follow-up cannot be what it reports on. */
    static Optional<String> datedBefore(PartialDate followUp, PlanVersion version) {
        PartialDate adopted = version.adopted().date();
        if (adopted == null || !followUp.lastDay().isBefore(adopted.firstDay())) {
            return Optional.empty();
        }
        return Optional.of("Uppföljningen " + followUp + " är daterad före planversion " + version.id()
                + ", som antogs " + adopted + ". En uppföljning redovisar en version som gällde vid dess datum; "
                + (version.index() == 0 ? "rätta datumet, eller datumet i plan.yaml under adopted."
                : "ange en tidigare version i planVersion, eller rätta datumet."));
    }
}
