package lupsite.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lupsite.check.ContentChecker;
import lupsite.load.ContentLoader;
import lupsite.load.FollowUpFolder;
import lupsite.load.Node;
import lupsite.load.Node.Entry;
import lupsite.load.Node.MapNode;
import lupsite.load.Node.ScalarNode;
import lupsite.load.SourceReader;
import lupsite.model.Activity;
import lupsite.model.Content;
import lupsite.model.Goal;
import lupsite.model.PartialDate;
import lupsite.model.Plan;
import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;

/**
 * Creates the next follow-up as a copy of the latest: every status and text carried over and marked
 * {@code review: true}, so the editor changes only what changed. The copy is made line by line from the
 * editor's own file, so comments and layout survive; it is written to a hidden folder first and moved into
 * place whole, and it never replaces an existing folder.
 */
public final class NewFollowUp {

    /** What was created, for the command to report. */
    public record Created(String folder, PartialDate copiedFrom, int marked, boolean summary, List<String> dropped,
                          Revised revised) {
    }

    /**
     * What the version of the plan in force at the new date changed: {@code leftOut} the goals and activities
     * of the latest follow-up that are no longer part of it, {@code added} those it brought in, written without a
     * status for the editor to fill in.
     */
    public record Revised(List<String> leftOut, List<String> added) {
    }

    /**
     * The keys that belong to the follow-up they were written for, not to its copy: its decision and corrections,
     * its pages, {@code partial} (the new follow-up should assess everything), the version it reported on (the new
     * one reports on the version in force at its date), and what described its source: the note on reconstructed
     * statuses and the goal table's caption, which often names the old date.
     */
    private static final List<String> NOT_CARRIED_OVER = List.of("decision", "decided", "corrections", "pages",
            "partial", "planVersion", "statusNote", "goalsCaption");

    private NewFollowUp() {
    }

    /**
     * Copies the latest follow-up to {@code followups/<date>/}. The content must pass {@code check} first
     * ({@code problems} then holds its errors and the result is empty); a date not after the latest, or a
     * folder that exists, is refused.
     */
    public static Optional<Created> create(Path contentDir, PartialDate date, Problems problems)
            throws Refused, IOException {
        return create(contentDir, "", date, problems);
    }

    /** As above, for the plan {@code planId} of a site of several plans ("" for the one plan of a site). */
    public static Optional<Created> create(Path contentDir, String planId, PartialDate date, Problems problems)
            throws Refused, IOException {
        String followUps = Plan.folderOf(planId) + ContentLoader.FOLLOW_UPS;
        Path folders = contentDir.resolve(followUps);
        String name = date.iso();
        if (Files.exists(folders.resolve(name))) {
            throw new Refused("Mappen " + followUps + "/" + name + " finns redan. new-followup skriver "
                    + "aldrig över en uppföljning; välj ett annat datum eller ta bort mappen själv.");
        }
        Optional<Pipeline.Checked> checked = Pipeline.check(contentDir, problems);
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        Content content = PlanChoice.of(checked.get(), planId).content();
        PartialDate latestDate = content.latestFollowUp()
                .orElseThrow(() -> new Refused("Det finns ingen uppföljning att kopiera i " + followUps
                        + "/. Skapa den första för hand; se redaktörsguiden."))
                .date();
        PartialDate newDate = date;
        if (newDate.compareTo(latestDate) <= 0 || newDate.overlaps(latestDate)) {
            throw new Refused("Datumet " + name + " är inte efter den senaste uppföljningen (" + latestDate
                    + "). En ny uppföljning måste ha ett senare datum.");
        }
        // A follow-up's folder is named by its date, so the latest one's folder is found by that name.
        FollowUpFolder latest = checked.get().raw().followUps()
                .filter(f -> f.yamlPath().equals(followUps + "/" + latestDate.iso() + "/" + ContentLoader.FOLLOW_UP_FILE))
                .findFirst().orElseThrow();

        // The text the positions were read from: BOM removed, line endings LF.
        String source = SourceReader.read(checked.get().raw().tree(), latest.yamlPath(), problems)
                .orElseThrow().text();
        Content inForce = content.at(content.plan().versionAt(date));
        Copy copy = new Copy(source, (MapNode) latest.yaml().get().root(), latestDate, date, inForce);
        String yaml = copy.text();
        Optional<String> summary = latest.summary().map(s -> ContentChecker.SUMMARY_TODO + " Texten nedan är kopierad "
                + "från uppföljningen " + latestDate + ". Skriv om den för den här uppföljningen och ta sedan bort det "
                + "här stycket.\n\n" + s.source());

        Path staging = folders.resolve(".new-" + name + "-" + ProcessHandle.current().pid());
        Files.createDirectories(staging);
        try {
            Files.writeString(staging.resolve(ContentLoader.FOLLOW_UP_FILE), yaml, StandardCharsets.UTF_8);
            if (summary.isPresent()) {
                Files.writeString(staging.resolve(ContentLoader.SUMMARY_FILE), summary.get(), StandardCharsets.UTF_8);
            }
            // Fails, rather than merges, if the folder appeared meanwhile.
            Files.move(staging, folders.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            for (String file : List.of(ContentLoader.FOLLOW_UP_FILE, ContentLoader.SUMMARY_FILE)) {
                Files.deleteIfExists(staging.resolve(file));
            }
            Files.deleteIfExists(staging);
        }
        return Optional.of(new Created(followUps + "/" + name, latestDate, copy.marked,
                summary.isPresent(), copy.dropped, new Revised(copy.leftOut, copy.added)));
    }

    /**
     * The line edits that turn the latest followup.yaml into the new one. Positions come from the parsed
     * tree; edits are applied from the last line up so earlier line numbers stay valid.
     */
    private static final class Copy {
        private final List<String> lines;
        private final List<Edit> edits = new ArrayList<>();
        private final List<String> dropped = new ArrayList<>();
        private final List<String> leftOut = new ArrayList<>();
        private final List<String> added = new ArrayList<>();
        private int marked;

        /** {@code movesLines}: inserts or removes lines, so it runs after the changes within its line. */
        private record Edit(int line, boolean movesLines, Runnable apply) {
        }

        /** {@code inForce}: the plan as the version in force at {@code to} states it. */
        Copy(String text, MapNode root, PartialDate from, PartialDate to, Content inForce) {
            this.lines = new ArrayList<>(List.of(text.split("\n", -1)));
            List<Entry> entries = root.entries();
            Map<String, List<String>> subjects = Map.of(
                    "goals", inForce.goals().stream().map(Goal::id).toList(),
                    "activities", inForce.activities().map(Activity::id).toList());
            Map<String, String> texts = Map.of("goals", "comment", "activities", "note");
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                String key = entry.key().text();
                int next = i + 1 < entries.size() ? entries.get(i + 1).key().position().line() : lines.size() + 1;
                if (key.equals("date") || (key.equals("title") && from.isDay())) {
                    // A title repeats a full date; a bare year in it may well mean something else.
                    replaceInValue((ScalarNode) entry.value(), from.toString(), to.toString());
                } else if (NOT_CARRIED_OVER.contains(key)) {
                    remove(entry.key().position().line(), next - 1);
                    dropped.add(key);
                } else if (subjects.containsKey(key) && entry.value() instanceof MapNode section) {
                    assessments(section, next, subjects.get(key), texts.get(key));
                }
            }
            for (String key : List.of("goals", "activities")) {
                List<String> missing = subjects.get(key);
                if (root.get(key).isEmpty() && !missing.isEmpty()) {
                    added.addAll(missing);
                    edits.add(new Edit(lines.size() + 1, true, () -> {
                        List<String> block = new ArrayList<>(List.of(key + ":"));
                        missing.forEach(id -> block.addAll(newAssessment("  ", id, texts.get(key))));
                        // Before the empty string that the file's last line break leaves.
                        lines.addAll(lines.get(lines.size() - 1).isEmpty() ? lines.size() - 1 : lines.size(), block);
                    }));
                }
            }
            int dateLine = root.get("date").orElseThrow().position().line();
            edits.add(new Edit(dateLine, true, () -> lines.add(dateLine - 1, "# Kopierad från uppföljningen " + from
                    + " med new-followup. Det som står review: true är inte granskat än.")));
        }

        String text() {
            edits.stream().sorted(Comparator.comparingInt(Edit::line).reversed().thenComparing(Edit::movesLines))
                    .forEach(e -> e.apply().run());
            return String.join("\n", lines);
        }

        /** The old date, wherever it stands in the value (the title often repeats it), becomes the new one. */
        private void replaceInValue(ScalarNode value, String from, String to) {
            int line = value.position().line();
            int column = value.position().column() - 1;
            edits.add(new Edit(line, false, () -> {
                String current = lines.get(line - 1);
                lines.set(line - 1, current.substring(0, column) + current.substring(column).replace(from, to));
            }));
        }

        /** Removes lines {@code first..last}, keeping any blank or comment lines at its end (they introduce the next key). */
        private void remove(int first, int last) {
            int end = last;
            while (end > first && (lines.get(end - 1).isBlank() || lines.get(end - 1).startsWith("#"))) {
                end--;
            }
            int through = end;
            edits.add(new Edit(first, true, () -> lines.subList(first - 1, through).clear()));
        }

        /**
         * The section's assessments of what is still in force, marked for review and without the old source's
         * {@code reconstructed}; the rest left out; what the version brought in added at the end, with no status.
         */
        private void assessments(MapNode section, int sectionEnd, List<String> inForce, String textKey) {
            List<Entry> assessed = section.entries();
            String indent = assessed.isEmpty() ? "  " : " ".repeat(assessed.get(0).key().position().column() - 1);
            for (int j = 0; j < assessed.size(); j++) {
                Entry e = assessed.get(j);
                int end = j + 1 < assessed.size() ? assessed.get(j + 1).key().position().line() : sectionEnd;
                if (!inForce.contains(e.key().text())) {
                    remove(e.key().position().line(), end - 1);
                    leftOut.add(e.key().text());
                } else if (e.value() instanceof MapNode assessment) {
                    markForReview(assessment);
                    withoutReconstructed(assessment);
                }
            }
            List<String> present = assessed.stream().map(e -> e.key().text()).toList();
            List<String> missing = inForce.stream().filter(id -> !present.contains(id)).toList();
            if (!missing.isEmpty()) {
                added.addAll(missing);
                int after = assessed.isEmpty() ? section.position().line() : lastLine(sectionEnd - 1);
                // Applied before the edits of line "after" itself (edits run from the bottom up), so a line that one
                // inserts there (review: true) stays with its assessment, above the new ones.
                edits.add(new Edit(after + 1, true, () -> {
                    List<String> block = new ArrayList<>();
                    missing.forEach(id -> block.addAll(newAssessment(indent, id, textKey)));
                    lines.addAll(after, block);
                }));
            }
        }

        /** The last line of content at or before {@code line}: trailing blank and comment lines belong to what follows. */
        private int lastLine(int line) {
            int last = line;
            while (last > 1 && (lines.get(last - 1).isBlank() || lines.get(last - 1).startsWith("#"))) {
                last--;
            }
            return last;
        }

        /** A goal or activity the new version brought in: no status yet, a comment that says what to write. */
        private static List<String> newAssessment(String indent, String id, String textKey) {
            return List.of(indent + id + ":",
                    indent + "  # Ny i planens version: skriv status och " + (textKey.equals("comment") ? "kommentar" : "notering") + ".",
                    indent + "  " + textKey + ": \"\"");
        }

        /** {@code reconstructed} said how the old source's statuses were read; the new follow-up states its own. */
        private void withoutReconstructed(MapNode assessment) {
            assessment.entries().stream().filter(e -> e.key().text().equals("reconstructed")).findFirst().ifPresent(e -> {
                int line = e.key().position().line();
                int column = assessment.position().column() - 1;
                if (lines.get(assessment.position().line() - 1).charAt(column) == '{') {
                    edits.add(new Edit(line, false, () -> lines.set(line - 1, lines.get(line - 1)
                            .replaceAll(",\\s*reconstructed:\\s*(true|false)|reconstructed:\\s*(true|false),\\s*", ""))));
                } else {
                    edits.add(new Edit(line, true, () -> lines.remove(line - 1)));
                }
            });
        }

        private void markForReview(MapNode assessment) {
            if (assessment.get("status").isEmpty()) {
                return; // nothing was assessed, so there is nothing to review
            }
            marked++;
            Optional<Node> review = assessment.get("review");
            if (review.isPresent()) {
                ScalarNode value = (ScalarNode) review.get();
                replaceInValue(value, value.text(), "true");
                return;
            }
            Node status = assessment.get("status").orElseThrow();
            int line = assessment.position().line();
            int column = assessment.position().column() - 1;
            if (lines.get(line - 1).charAt(column) == '{') {
                // A flow mapping ({status: pagar, note: ...}) gets the flag inside its braces.
                edits.add(new Edit(line, false, () -> {
                    String current = lines.get(line - 1);
                    lines.set(line - 1, current.substring(0, column + 1) + "review: true, " + current.substring(column + 1));
                }));
                return;
            }
            Entry statusEntry = assessment.entries().stream().filter(e -> e.value() == status).findFirst().orElseThrow();
            int statusLine = status.position().line();
            String indent = " ".repeat(statusEntry.key().position().column() - 1);
            edits.add(new Edit(statusLine, true, () -> lines.add(statusLine, indent + "review: true")));
        }
    }
}
