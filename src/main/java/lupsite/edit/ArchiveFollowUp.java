package lupsite.edit;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import lupsite.derive.Derived;
import lupsite.derive.FollowUpRecord;
import lupsite.load.ContentLoader;
import lupsite.load.RawContent;
import lupsite.model.Decided;
import lupsite.model.FollowUp;
import lupsite.model.Plan;
import lupsite.pipeline.Pipeline;
import lupsite.problem.Problem;
import lupsite.problem.Problems;
import lupsite.render.Output;
import lupsite.render.PdfCache;
import lupsite.render.RenderException;
import lupsite.render.SiteUrls;

/**
 * Archives a decided follow-up in {@code followups/<date>/decided/}: its council PDF as it is now and
 * {@code record.json}, the list of what it says ({@link FollowUpRecord}). From then on every build copies that
 * PDF and {@code check} holds the follow-up to that list. Archiving again (after a correction) keeps the earlier
 * edition's files in {@code decided/edition-<n>/}. The content must pass {@code check} first, so a decided
 * follow-up that has changed without a correction cannot be archived over its record.
 */
public final class ArchiveFollowUp {

    /** What was written, for the command to report; {@code unchanged} when the archive already said it all. */
    public record Archived(String folder, String pdf, int edition, boolean unchanged) {
    }

    private static final String EDITION = "edition-";

    private ArchiveFollowUp() {
    }

    /** Empty when the content has errors ({@code problems} then holds them). */
    public static Optional<Archived> archive(Path contentDir, Path templatesDir, String date, Problems problems)
            throws Refused, IOException, RenderException {
        return archive(contentDir, templatesDir, "", date, problems);
    }

    /** As above, for the plan {@code planId} of a site of several plans ("" for the one plan of a site). */
    public static Optional<Archived> archive(Path contentDir, Path templatesDir, String planId, String date,
                                             Problems problems) throws Refused, IOException, RenderException {
        String folder = Plan.folderOf(planId) + ContentLoader.FOLLOW_UPS + "/" + date;
        Optional<Pipeline.Checked> checked = checked(contentDir, planId, folder, date, problems);
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        Derived derived = PlanChoice.of(checked.get(), planId);
        FollowUp followUp = derived.content().followUps().stream()
                .filter(f -> f.date().iso().equals(date)).findFirst()
                .orElseThrow(() -> new Refused("Det finns ingen uppföljning med datumet " + date + " i "
                        + Plan.folderOf(planId) + ContentLoader.FOLLOW_UPS + "/. Ange datumet som mappen heter, till "
                        + "exempel 2019-11-18."));
        Decided decided = followUp.decided().orElseThrow(() -> new Refused("Uppföljningen " + date + " är inte "
                + "beslutad. Skriv beslutet under decided: i " + folder + "/" + ContentLoader.FOLLOW_UP_FILE
                + " (date, body och gärna reference och paragraph) och kör sedan archive igen."));
        String archiveFolder = folder + "/" + ContentLoader.ARCHIVE;
        if (derived.archivedPdf(followUp).isPresent()) {
            Decided.Archive archive = decided.archive().orElseThrow();
            return Optional.of(new Archived(archiveFolder, archive.pdf(), archive.edition(), true));
        }
        Pipeline.Options options = new Pipeline.Options(contentDir, templatesDir, null, true, PdfCache.NONE);
        String pdfHref = SiteUrls.pdf(derived.content().plan().vocabulary().filePrefix(), followUp.date());
        byte[] pdf = null;
        for (Output output : Pipeline.outputs(options, checked.get())) {
            if (output.path().equals(pdfHref)) {
                pdf = output.producer().produce();
            }
        }
        if (pdf == null) {
            throw new IllegalStateException("no council PDF for " + date);
        }
        int edition = decided.archive().map(a -> a.edition() + 1).orElse(1);
        String pdfName = pdfHref.substring(pdfHref.lastIndexOf('/') + 1);
        String record = record(followUp, decided, edition, pdfName,
                FollowUpRecord.facts(followUp, derived.at(followUp)));
        write(contentDir.resolve(archiveFolder), decided.archive(), pdfName, pdf, record);
        return Optional.of(new Archived(archiveFolder, archiveFolder + "/" + pdfName, edition, false));
    }

    /**
     * The checked content. An archive that cannot be read (the tool's own file, damaged) is what this command
     * writes anew, so its errors alone do not stop it; every other error does.
     */
    private static Optional<Pipeline.Checked> checked(Path contentDir, String planId, String folder, String date,
                                                      Problems problems) {
        Problems first = new Problems();
        RawContent raw = ContentLoader.load(contentDir, first);
        Optional<Pipeline.Checked> checked = Pipeline.check(contentDir, raw, first);
        String archive = folder + "/" + ContentLoader.ARCHIVE + "/";
        if (checked.isEmpty() && first.all().stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                .allMatch(p -> p.position().file().startsWith(archive))) {
            Problems again = new Problems();
            checked = Pipeline.check(contentDir, raw.withoutArchive(planId, date), again);
            problems.addAll(again);
            return checked;
        }
        problems.addAll(first);
        return checked;
    }

    private static String record(FollowUp followUp, Decided decided, int edition, String pdf,
                                 Map<String, String> facts) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeNumberField("format", 1);
            json.writeStringField("note", "Skrivs av lup-site archive. Ändra inte för hand: det är vad uppföljningen "
                    + "sade när den arkiverades.");
            json.writeStringField("followUp", followUp.date().iso());
            json.writeNumberField("edition", edition);
            json.writeNumberField("corrections", decided.corrections().size());
            json.writeStringField("pdf", pdf);
            json.writeObjectFieldStart("facts");
            for (Map.Entry<String, String> fact : facts.entrySet()) {
                json.writeStringField(fact.getKey(), fact.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        return text + "\n";
    }

    /**
     * The new files are written beside the folder first; the earlier edition's files move into
     * {@code edition-<n>/}, then the new ones into place (the record last, so a kill before it leaves a follow-up
     * that check reports as decided but not archived, never a record without its PDF).
     */
    private static void write(Path folder, Optional<Decided.Archive> earlier, String pdfName, byte[] pdf, String record)
            throws IOException {
        Files.createDirectories(folder);
        Path newPdf = Files.write(folder.resolve("." + pdfName + ".new"), pdf);
        Path newRecord = Files.writeString(folder.resolve("." + ContentLoader.ARCHIVE_RECORD + ".new"), record,
                StandardCharsets.UTF_8);
        if (earlier.isPresent()) {
            Path kept = Files.createDirectories(folder.resolve(EDITION + earlier.get().edition()));
            Path oldPdf = folder.resolve(Path.of(earlier.get().pdf()).getFileName().toString());
            Files.move(folder.resolve(ContentLoader.ARCHIVE_RECORD), kept.resolve(ContentLoader.ARCHIVE_RECORD),
                    StandardCopyOption.REPLACE_EXISTING);
            if (Files.exists(oldPdf)) {
                Files.move(oldPdf, kept.resolve(oldPdf.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(newPdf, folder.resolve(pdfName), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(newRecord, folder.resolve(ContentLoader.ARCHIVE_RECORD), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
