package lupsite.edit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import lupsite.check.ContentChecker;
import lupsite.load.ContentLoader;
import lupsite.load.FollowUpFolder;
import lupsite.load.Node;
import lupsite.load.Node.Entry;
import lupsite.load.Node.MapNode;
import lupsite.load.Node.ScalarNode;
import lupsite.load.SourceReader;
import lupsite.model.PartialDate;
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
    public record Created(String folder, PartialDate copiedFrom, int marked, boolean summary, List<String> dropped) {
    }

    /**
     * The keys that belong to the follow-up they were written for, not to its copy: its decision, its pages,
     * and {@code partial}, since the new follow-up should assess everything.
     */
    private static final List<String> NOT_CARRIED_OVER = List.of("decision", "pages", "partial");

    private NewFollowUp() {
    }

    /**
     * Copies the latest follow-up to {@code followups/<date>/}. The content must pass {@code check} first
     * ({@code problems} then holds its errors and the result is empty); a date not after the latest, or a
     * folder that exists, is refused.
     */
    public static Optional<Created> create(Path contentDir, LocalDate date, Problems problems)
            throws Refused, IOException {
        Path folders = contentDir.resolve(ContentLoader.FOLLOW_UPS);
        String name = date.toString();
        if (Files.exists(folders.resolve(name))) {
            throw new Refused("Mappen " + ContentLoader.FOLLOW_UPS + "/" + name + " finns redan. new-followup skriver "
                    + "aldrig över en uppföljning; välj ett annat datum eller ta bort mappen själv.");
        }
        Optional<Pipeline.Checked> checked = Pipeline.check(contentDir, problems);
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        PartialDate latestDate = checked.get().derived().content().latestFollowUp()
                .orElseThrow(() -> new Refused("Det finns ingen uppföljning att kopiera i " + ContentLoader.FOLLOW_UPS
                        + "/. Skapa den första för hand; se redaktörsguiden."))
                .date();
        PartialDate newDate = PartialDate.of(date);
        if (newDate.compareTo(latestDate) <= 0 || newDate.overlaps(latestDate)) {
            throw new Refused("Datumet " + name + " är inte efter den senaste uppföljningen (" + latestDate
                    + "). En ny uppföljning måste ha ett senare datum.");
        }
        // A follow-up's folder is named by its date, so the latest one's folder is found by that name.
        FollowUpFolder latest = checked.get().raw().followUps().stream()
                .filter(f -> f.name().equals(latestDate.iso())).findFirst().orElseThrow();

        // The text the positions were read from: BOM removed, line endings LF.
        String source = SourceReader.read(checked.get().raw().tree(), latest.yamlPath(), problems)
                .orElseThrow().text();
        Copy copy = new Copy(source, (MapNode) latest.yaml().get().root(), latestDate, date);
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
        return Optional.of(new Created(ContentLoader.FOLLOW_UPS + "/" + name, latestDate, copy.marked,
                summary.isPresent(), copy.dropped));
    }

    /**
     * The line edits that turn the latest followup.yaml into the new one. Positions come from the parsed
     * tree; edits are applied from the last line up so earlier line numbers stay valid.
     */
    private static final class Copy {
        private final List<String> lines;
        private final List<Edit> edits = new ArrayList<>();
        private final List<String> dropped = new ArrayList<>();
        private int marked;

        /** {@code movesLines}: inserts or removes lines, so it runs after the changes within its line. */
        private record Edit(int line, boolean movesLines, Runnable apply) {
        }

        Copy(String text, MapNode root, PartialDate from, LocalDate to) {
            this.lines = new ArrayList<>(List.of(text.split("\n", -1)));
            List<Entry> entries = root.entries();
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                String key = entry.key().text();
                if (key.equals("date") || (key.equals("title") && from.isDay())) {
                    // A title repeats a full date; a bare year in it may well mean something else.
                    replaceInValue((ScalarNode) entry.value(), from.toString(), to.toString());
                } else if (NOT_CARRIED_OVER.contains(key)) {
                    int next = i + 1 < entries.size() ? entries.get(i + 1).key().position().line() : lines.size() + 1;
                    remove(entry.key().position().line(), next - 1);
                    dropped.add(key);
                } else if (key.equals("goals") || key.equals("activities")) {
                    ((MapNode) entry.value()).entries().forEach(e -> markForReview((MapNode) e.value()));
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

        private void markForReview(MapNode assessment) {
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
