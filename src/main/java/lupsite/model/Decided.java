package lupsite.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A follow-up that was decided on and is now a record: the decision (date, body, diarienummer, paragraph), the
 * corrections recorded after it, and the archive of what it said when it was last archived (empty until
 * {@code lup-site archive} has run). {@code position} is the {@code decided:} key, where a change is reported.
 */
public record Decided(Decision decision, List<Correction> corrections, Optional<Archive> archive, Position position) {

    public Decided {
        corrections = List.copyOf(corrections);
    }

    /** A change after the decision, in the editor's words, shown as "Rättelse" on the page and in the PDF. */
    public record Correction(PartialDate date, String text, Position position) {
    }

    /**
     * What the follow-up said when it was archived: {@code facts} by name ("Målet "x": kommentar" -> its text),
     * in order; the PDF as it was (a content-relative path); how many corrections there were then; and the
     * edition (1 for the decided one, one more for each correction archived since).
     */
    public record Archive(int edition, int corrections, String pdf, Map<String, String> facts, Position position) {

        public Archive {
            facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        }
    }

    /** True when a correction has been recorded since the archive was written: it is then due to be archived again. */
    public boolean correctedSinceArchive() {
        return archive.map(a -> corrections.size() > a.corrections()).orElse(false);
    }

    /**
     * The command that archives the follow-up whose followup.yaml is {@code followUpFile}: with {@code --plan} when
     * it is a plan's of several ({@code plans/<id>/followups/...}).
     */
    public static String archiveCommand(String followUpFile, PartialDate date) {
        return "lup-site archive " + Plan.idOf(followUpFile).map(id -> "--plan " + id + " ").orElse("") + date;
    }
}
