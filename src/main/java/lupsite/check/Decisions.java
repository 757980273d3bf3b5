package lupsite.check;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import lupsite.load.ContentLoader;
import lupsite.load.SourceFile;
import lupsite.model.Decided;
import lupsite.model.Decision;
import lupsite.model.PartialDate;
import lupsite.model.Position;
import lupsite.problem.Problems;

/**
 * A decided follow-up: its decision and corrections from followup.yaml, and the archive {@code lup-site archive}
 * wrote beside it ({@code decided/record.json} and the PDF it names). The archive is the tool's file, not the
 * editor's: anything wrong with it is reported with the command that writes it anew.
 */
final class Decisions {

    static final int FORMAT = 1;
    private static final JsonFactory JSON = new JsonFactory();

    private Decisions() {
    }

    static Optional<Decided> decided(Fields followUp, PartialDate date, Optional<SourceFile> archive, Set<String> files,
                                     Function<Fields, Decision> decision, Problems problems) {
        Optional<Fields> decided = followUp.fields("decided");
        if (decided.isEmpty()) {
            archive.ifPresent(a -> problems.error(Position.ofFile(a.path()), "Mappen " + ContentLoader.ARCHIVE
                    + "/ hör till en beslutad uppföljning, men followup.yaml har inget decided:. Skriv tillbaka beslutet "
                    + "under decided:, eller ta bort mappen om uppföljningen inte är beslutad."));
            return Optional.empty();
        }
        Position at = followUp.keyPosition("decided");
        var corrections = followUp.list("corrections").stream().map(c -> new Decided.Correction(
                c.partialDate("date").orElse(date), c.text("text"), c.position())).toList();
        Optional<Decided.Archive> read = archive.flatMap(a -> archive(a, files, date, problems));
        if (archive.isEmpty()) {
            problems.warning(at, "Uppföljningen " + date + " är beslutad men inte arkiverad. Kör "
                    + Decided.archiveCommand(at.file(), date) + ", så att dess sida och PDF bevaras som de beslutades.");
        }
        return Optional.of(new Decided(decision.apply(decided.get()), corrections, read, at));
    }

    /** Reads record.json; empty (and an error) when it cannot be read or its PDF is missing. */
    private static Optional<Decided.Archive> archive(SourceFile file, Set<String> files, PartialDate date,
                                                     Problems problems) {
        String folder = file.path().substring(0, file.path().lastIndexOf('/') + 1);
        try (JsonParser json = JSON.createParser(file.text())) {
            int format = 0;
            int edition = 0;
            int corrections = 0;
            String pdf = null;
            Map<String, String> facts = new LinkedHashMap<>();
            expect(json.nextToken(), JsonToken.START_OBJECT, json);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "format" -> format = json.getIntValue();
                    case "edition" -> edition = json.getIntValue();
                    case "corrections" -> corrections = json.getIntValue();
                    case "pdf" -> pdf = json.getText();
                    case "facts" -> {
                        expect(value, JsonToken.START_OBJECT, json);
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            String name = json.currentName();
                            expect(json.nextToken(), JsonToken.VALUE_STRING, json);
                            facts.put(name, json.getText());
                        }
                    }
                    default -> json.skipChildren();
                }
            }
            if (format != FORMAT || pdf == null || edition < 1) {
                throw new IOException("okänt format");
            }
            String pdfPath = folder + pdf;
            if (pdf.contains("/") || !files.contains(pdfPath)) {
                problems.error(Position.ofFile(file.path()), "Arkivexemplarets PDF " + pdfPath + " saknas. Kör "
                        + Decided.archiveCommand(file.path(), date) + " för att skriva arkivet på nytt ur innehållet som det är nu.");
                return Optional.empty();
            }
            return Optional.of(new Decided.Archive(edition, corrections, pdfPath, facts, Position.ofFile(file.path())));
        } catch (JsonProcessingException e) {
            problems.error(new Position(file.path(), Math.max(1, e.getLocation().getLineNr()),
                    Math.max(1, e.getLocation().getColumnNr())), unreadable(file.path(), date));
        } catch (IOException e) {
            problems.error(Position.ofFile(file.path()), unreadable(file.path(), date));
        }
        return Optional.empty();
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser json) throws JsonProcessingException {
        if (actual != expected) {
            throw new JsonParseException(json, "expected " + expected);
        }
    }

    private static String unreadable(String file, PartialDate date) {
        return "Arkivexemplaret går inte att läsa; det skrivs av lup-site och ska inte ändras för hand. Kör "
                + Decided.archiveCommand(file, date) + " för att skriva det på nytt ur innehållet som det är nu.";
    }
}
