package lupsite.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import lupsite.model.Activity;
import lupsite.model.Area;
import lupsite.model.Assessment;
import lupsite.model.Content;
import lupsite.model.Decided;
import lupsite.model.FollowUp;
import lupsite.model.Goal;
import lupsite.model.Indicator;
import lupsite.model.Markdown;
import lupsite.model.PlanVersion;

/**
 * What a follow-up says, fact by fact, so that what a decided follow-up said can be kept and compared: every
 * status, text (figures filled in) and computed result its page and PDF show, every indicator value they draw,
 * the plan's wording it reports on, and its corrections. A fact is named as an editor would name it ("Målet
 * "x": kommentar"); the name is what a difference is reported by. Texts are compared as words, so re-wrapping a
 * paragraph in the file changes nothing, nor does the shape of a minus sign (U+2212 or a hyphen).
 */
public final class FollowUpRecord {

    private FollowUpRecord() {
    }

    /** The facts of {@code followUp} as {@code at} (its snapshot) has them, in the order its page shows them. */
    public static Map<String, String> facts(FollowUp followUp, Snapshot at) {
        Content content = at.content();
        Map<String, String> facts = new LinkedHashMap<>();
        PlanVersion version = content.plan().version(followUp.planVersion()).orElse(content.plan().currentVersion());
        facts.put("Titel", followUp.title());
        facts.put("Planen", content.plan().title());
        facts.put("Planversion", version.id());
        text(facts, "Sammanfattning", followUp.summary(), at);
        text(facts, "Statusförklaring", followUp.statusNote(), at);
        for (Goal goal : content.goals()) {
            String name = "Målet \"" + goal.id() + "\"";
            facts.put(name + ": lydelse", goal.text());
            followUp.goal(goal.id()).ifPresent(a -> assessment(facts, name, a, "kommentar", at));
            at.target(goal.id()).ifPresent(result -> {
                int decimals = content.indicator(result.target().indicatorId()).map(Indicator::decimals).orElse(1);
                if (result.baselineValue() != null) {
                    facts.put(name + ": utgångsläge", SwedishNumbers.format(result.baselineValue(), decimals));
                }
                facts.put(name + ": senaste värde", result.latestDate() + " "
                        + SwedishNumbers.format(result.latestValue(), decimals));
                if (result.change() != null) {
                    facts.put(name + ": förändring", SwedishNumbers.format(result.change(), decimals));
                }
                facts.put(name + ": uppnått", result.met() ? "ja" : result.pending() ? "inte än" : "nej");
                result.progress().ifPresent(p -> facts.put(name + ": takt", switch (p.verdict()) {
                    case ON_TRACK -> "i fas";
                    case NEEDS_ACCELERATION -> "behöver öka takten";
                    case LIMITED -> "begränsade framsteg";
                    case DETERIORATING -> "försämring";
                }));
            });
        }
        for (Area area : content.areas()) {
            facts.put("Målområdet \"" + area.id() + "\": rubrik", area.title());
            for (Activity activity : area.activities()) {
                String name = "Aktiviteten \"" + activity.id() + "\"";
                facts.put(name + ": lydelse", words(Figures.substitute(activity.text().source(), at.figures())));
                followUp.activity(activity.id()).ifPresent(a -> assessment(facts, name, a, "notering", at));
            }
        }
        for (Indicator indicator : content.indicators()) {
            for (Indicator.Series series : indicator.series()) {
                for (Indicator.Point point : series.points()) {
                    facts.put(indicator.title() + ", " + series.label() + " " + point.key().text(),
                            SwedishNumbers.value(point.value(), indicator.decimals(), point.approximate()));
                }
            }
        }
        List<Decided.Correction> corrections = followUp.decided().map(Decided::corrections).orElse(List.of());
        for (int i = 0; i < corrections.size(); i++) {
            facts.put("Rättelse " + (i + 1), corrections.get(i).date() + " " + words(corrections.get(i).text()));
        }
        facts.replaceAll((name, value) -> SwedishNumbers.plainMinus(value));
        return facts;
    }

    /** Each fact whose value differs between {@code decided} and {@code now}, or that only one of them has. */
    public static List<Difference> differences(Map<String, String> decided, Map<String, String> now) {
        List<Difference> differences = new ArrayList<>();
        decided.forEach((name, value) -> {
            if (!Objects.equals(value, now.get(name))) {
                differences.add(new Difference(name, Optional.of(value), Optional.ofNullable(now.get(name))));
            }
        });
        now.forEach((name, value) -> {
            if (!decided.containsKey(name)) {
                differences.add(new Difference(name, Optional.empty(), Optional.of(value)));
            }
        });
        return differences;
    }

    /** One fact that changed since the decision: what it was then and what it would be now (empty: not there). */
    public record Difference(String name, Optional<String> decided, Optional<String> now) {
    }

    private static void assessment(Map<String, String> facts, String name, Assessment assessment, String textWord,
                                   Snapshot at) {
        assessment.status().ifPresent(status -> facts.put(name + ": status", status.label()
                + (assessment.reconstructed() ? " (rekonstruerad)" : "")));
        text(facts, name + ": " + textWord, assessment.text(), at);
    }

    private static void text(Map<String, String> facts, String name, Markdown text, Snapshot at) {
        if (text != null && !text.isBlank()) {
            facts.put(name, words(Figures.substitute(text.source(), at.figures())));
        }
    }

    /** The text's words, each run of white space one space: what a reader sees, not how the file is wrapped. */
    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
