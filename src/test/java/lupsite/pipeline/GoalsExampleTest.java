package lupsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import lupsite.problem.Problems;
import lupsite.render.VeraPdf;
import lupsite.testsupport.TestSite;

/**
 * examples/mal-och-aktiviteter, the invented content the editor's guide points to for goals and activities: it
 * checks with only the warning of its late activity, builds with its PDF, and each goal and activity shows as it
 * should in the site and the PDF.
 */
class GoalsExampleTest {

    private static final Path EXAMPLE = Path.of("examples/mal-och-aktiviteter");

    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = dir.resolve("site");
        assertThat(Pipeline.build(new Pipeline.Options(EXAMPLE, TestSite.TEMPLATES, site, true), new Problems()))
                .isPresent();
    }

    @Test
    void theExampleChecksWithOnlyTheWarningOfItsLateActivity() {
        Problems problems = new Problems();
        assertThat(Pipeline.check(EXAMPLE, problems)).isPresent();
        assertThat(problems.all()).extracting(p -> p.format("examples/mal-och-aktiviteter/")).containsExactly(
                "examples/mal-och-aktiviteter/followups/2020-03-31/followup.yaml:17:13: varning: Aktiviteten "
                        + "\"chefsutbildning\" skulle vara klar senast 2019-06-30 men är \"Pågår\" i uppföljningen "
                        + "2020-03-31, så den visas som försenad. Ändra statusen om den är klar, eller skriv i "
                        + "noteringen varför den är försenad.");
    }

    @Test
    void oneGoalIsMetOneOnTrackAndOneDeteriorating() {
        Document goals = TestSite.html(site, "mal.html");

        assertThat(goals.select("#mal-sjukfranvaro-niva .target li").last().text())
                .isEqualTo("Därför: 5,0 % (2019-12-31) är högst 5,2 %.");
        assertThat(goals.select("#mal-sjukfranvaro-minska .target li").eachText())
                .contains("Bedömning inför slutdatum 2022-12-31: I fas.");
        assertThat(goals.select("#mal-korttidsfranvaro .target li").eachText())
                .contains("Bedömning inför slutdatum 2024-12-31: Försämring.");
        assertThat(TestSite.html(site, "index.html").select("p.lead").text()).isEqualTo("Exempelregionen. Fastställd 2016.");
    }

    @Test
    void theFollowUpCountsWhatItDidNotAssessAndMarksTheLateActivity() {
        Document followUp = TestSite.html(site, "uppfoljning-2020-03-31.html");

        assertThat(followUp.select("ul.counts").first().select("li").eachText())
                .containsExactly("● Uppfyllt: 1", "◐ Delvis uppfyllt: 0", "○ Ej uppfyllt: 0", "– Utgått: 0",
                        "Ingen uppgift: 2");
        assertThat(followUp.select("#aktivitet-chefsutbildning .activity-status").text()).isEqualTo("◔ Pågår försenad");
    }

    @Test
    void thePdfShowsTheReasonsAndTheLateActivityAndStaysPdfUa() throws Exception {
        byte[] pdf = Files.readAllBytes(site.resolve("pdf/lup-uppfoljning-2020-03-31.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("Därför: 5,0 % (2019-12-31) är högst 5,2 %.", "försenad",
                    "Bedömning inför slutdatum 2024-12-31", "Försämring", "Ansvarig: HR-direktören");
            // A negative rate with the minus sign U+2212, which Noto Sans lacks: drawn from DejaVu Sans, so the
            // text layer has it (a glyph no font has would be missing from it).
            assertThat(text).containsPattern("har värdet ändrats med \u2212[0-9],[0-9] % per år")
                    .doesNotContain("med -");
        }
        VeraPdf.Report report = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
        assertThat(report.failedRules()).as(report.toString()).isEmpty();
    }

    /** Issue 13's plan is one site: the survey read from Excel and the figures imported from Kolada build beside the goals. */
    @Test
    void theSamePlanCarriesASurveyFromExcelAndFiguresFromKolada() {
        Document survey = TestSite.html(site, "indikator-medarbetarenkat.html");
        assertThat(survey.select("table.data tbody th").eachText())
                .containsExactly("Ja, i hög grad", "Ja, delvis", "Nej, inte särskilt", "Nej, inte alls");
        assertThat(survey.select("svg text[text-anchor=end]").eachText())
                .containsExactly("Ja, i hög grad", "Ja, delvis", "Nej, inte särskilt", "Nej, inte alls");
        assertThat(TestSite.html(site, "indikator-sjukpenningdagar.html").select("p").eachText())
                .contains("Enhet: dagar. Källa: Kolada (RKA), nyckeltal N99999 (hämtad 2025-03-01).");
    }
}
