package lupsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.edit.KoladaImport;
import lupsite.testsupport.RecordedKolada;
import lupsite.testsupport.TestSite;

/**
 * examples/indikatorer, the invented content the editor's guide points to for indicators: it checks without a
 * problem, builds with its PDF, and each kind of indicator shows as it should.
 */
class IndicatorExampleTest {

    private static final Path EXAMPLE = Path.of("examples/indikatorer");

    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = TestSite.buildFrom(EXAMPLE, dir.resolve("site"), true);
    }

    private static List<String> cells(Document page) {
        return page.select("table.data tbody td").stream().map(Element::wholeText).map(t -> t.replace('\u00A0', '_'))
                .toList();
    }

    @Test
    void theExampleChecksWithoutAnyProblem() {
        assertThat(TestSite.problemsIn(EXAMPLE)).isEmpty();
    }

    @Test
    void theSurveyFromTheWorkbookIsBarsPerAnswerWithAnApproximateShare() {
        Document page = TestSite.html(site, "indikator-medarbetarenkat.html");
        assertThat(page.select("table.data tbody th").eachText())
                .containsExactly("Ja, i hög grad", "Ja, delvis", "Nej, inte särskilt", "Nej, inte alls");
        assertThat(cells(page)).containsExactly("34", "30", "ca_41", "44", "18", "19", "7", "7");
        assertThat(page.select("svg text[text-anchor=end]").eachText())
                .containsExactly("Ja, i hög grad", "Ja, delvis", "Nej, inte särskilt", "Nej, inte alls");
    }

    @Test
    void thePeriodComesBeforeTheYearsAndFiguresInTextComeFromTheData() {
        Document page = TestSite.html(site, "indikator-kostnadsokning.html");
        assertThat(page.select("table.data tbody th").eachText()).containsExactly("2012–2017", "2018", "2019");
        assertThat(cells(page)).containsExactly("ca_4_000", "1_250", "980");
        assertThat(TestSite.html(site, "uppfoljning-2024-11-30.html").text())
                .contains("Kostnadsökningen 2012–2017 var ca 4 000 kronor per anställd.",
                        "34 % svarar Ja, i hög grad.", "Sjukpenningdagarna har minskat med 0,6 dagar sedan 2019.");
        assertThat(site.resolve("pdf/lup-uppfoljning-2024-11-30.pdf")).exists();
    }

    @Test
    void theKoladaCsvIsWhatImportKoladaWritesFromTheRecordedAnswer() throws Exception {
        // The example lies one folder deeper than a content folder beside schemas/, as import/content does here.
        Files.createDirectories(dir.resolve("schemas"));
        Files.copy(Path.of("schemas/indicator.schema.json"), dir.resolve("schemas/indicator.schema.json"));
        Path content = TestSite.minimal(dir.resolve("import")).write();
        new KoladaImport(new RecordedKolada(), KoladaImport.BASE_URL)
                .run(content, RecordedKolada.REQUEST, LocalDate.of(2025, 3, 1));

        assertThat(EXAMPLE.resolve("indicators/sjukpenningdagar.csv"))
                .hasSameTextualContentAs(content.resolve("indicators/sjukpenningdagar.csv"));
        String written = Files.readString(content.resolve("indicators/sjukpenningdagar.yaml"));
        // The editor set the unit, as the command asks; everything else is as written.
        assertThat(Files.readString(EXAMPLE.resolve("indicators/sjukpenningdagar.yaml"))).isEqualTo(written
                .replace("unit: värde                      # ändra till nyckeltalets enhet, t.ex. \"%\" eller kronor",
                        "unit: dagar"));
        assertThat(TestSite.html(site, "indikator-sjukpenningdagar.html").select("p").eachText())
                .contains("Enhet: dagar. Källa: Kolada (RKA), nyckeltal N99999 (hämtad 2025-03-01).");
    }
}
