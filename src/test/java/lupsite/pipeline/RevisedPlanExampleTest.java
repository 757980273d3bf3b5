package lupsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/**
 * examples/reviderad-plan, the invented content the editor's guide points to for revisions and decided follow-ups:
 * the plan of 2015 with its decided and archived follow-up of 2019, the revision of 2020 and a follow-up on it. It
 * checks without a problem, builds, and every follow-up shows the plan as it was at its date.
 */
class RevisedPlanExampleTest {

    private static final Path EXAMPLE = Path.of("examples/reviderad-plan");

    private static final String OLD_WORDING = "Förbättrat för personer med psykisk ohälsa med lindriga och medelsvåra besvär.";
    private static final String NEW_WORDING = "Förbättrad psykisk hälsa för personer med lindriga och medelsvåra besvär.";

    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void build() {
        site = TestSite.buildFrom(EXAMPLE, dir.resolve("site"), true);
    }

    @Test
    void theExampleChecksWithoutAnyProblem() {
        assertThat(TestSite.problemsIn(EXAMPLE)).isEmpty();
    }

    @Test
    void theDecidedFollowUpShowsThePlanOf2015AndTheFiguresOfItsDate() throws Exception {
        Document page = TestSite.html(site, "uppfoljning-2019-11-18.html");
        assertThat(page.text()).contains(OLD_WORDING, "God kompetens inom försäkringsmedicin bland medarbetarna.",
                        "Utveckla modell för att samhällsekonomiskt beskriva nyttan",
                        "är minskningen 4,7 sjukpenningdagar")
                .doesNotContain(NEW_WORDING, "alla yrkesgrupper som möter sjukskrivna", "2020-03-31");
        assertThat(page.select(".decided").text())
                .isEqualTo("Beslutad av Regionstyrelsen 2019-12-10, § 123 (dnr RS/456/2019).");
        assertThat(Files.readAllBytes(site.resolve("pdf/lup-uppfoljning-2019-11-18.pdf"))).isEqualTo(Files.readAllBytes(
                EXAMPLE.resolve("followups/2019-11-18/decided/lup-uppfoljning-2019-11-18.pdf")));
    }

    @Test
    void theFollowUpOnTheRevisionShowsThePlanOf2020AndTheLaterFigures() {
        Document page = TestSite.html(site, "uppfoljning-2020-06.html");
        assertThat(page.text()).contains(NEW_WORDING,
                        "God försäkringsmedicinsk kompetens i alla yrkesgrupper som möter sjukskrivna patienter.",
                        "Inför direktaccess till fysioterapeut på alla hälsocentraler.",
                        "har minskat med 4,8 sjukpenningdagar sedan 2014",
                        "Jämtlands län hade 7,6 sjukpenningdagar per invånare per 2020-03-31")
                .doesNotContain(OLD_WORDING, "God kompetens inom försäkringsmedicin bland medarbetarna.",
                        "Kartlägg aktörer i länet");
        assertThat(page.select(".decided")).isEmpty();
    }

    @Test
    void theChangesPageListsEveryChangeOfTheRevision() {
        Document changes = TestSite.html(site, "forandringar-2020-06.html");
        assertThat(changes.select("#revidering").text()).isEqualTo("Planen reviderades: version 2020");
        assertThat(changes.select("table.revision tbody tr td:eq(1)").stream().map(Element::ownText).toList()).containsExactly("Nytt",
                "Ny lydelse", "Nytt", "Utgår", "Utgår", "Utgår", "Nytt", "Nytt", "Nytt", "Nytt", "Utgår", "Utgår",
                "Utgår", "Flyttad");
        assertThat(changes.select("table.revision tbody tr").eachText()).contains("Mål Ny lydelse " + OLD_WORDING + " "
                + NEW_WORDING, "Målområde Utgår Skäl: Det politiska samförståndet är nu en del av arbetet för samma "
                + "sjuktal som övriga landet. Sammanslaget med: Samma sjuktal som övriga landet Brett politiskt samförstånd");
    }

    @Test
    void theHistoryShowsEachGoalsLineage() {
        Document history = TestSite.html(site, "historik.html");
        assertThat(history.select("#historik-mal-psykisk-ohalsa .lineage").text())
                .isEqualTo("Lydelse före version 2020: " + OLD_WORDING);
        assertThat(history.select("#historik-mal-kompetens-forsakringsmedicin .lineage").text()).isEqualTo(
                "Utgick i version 2020. Skäl: Kompetensen behövs i alla yrkesgrupper som möter sjukskrivna, inte bara "
                        + "bland läkarna. Ersatt av: God försäkringsmedicinsk kompetens i alla yrkesgrupper som möter "
                        + "sjukskrivna patienter.");
        assertThat(history.select("tr:has(a[href=#historik-mal-atergang-muskuloskeletala]) td").eachText())
                .containsExactly("Ingick inte i planen", "Ingick inte i planen", "○ Ej uppfyllt");
        assertThat(TestSite.html(site, "versioner.html").select("ul.versions li").eachText()).containsExactly(
                "Planen i version 2020 (gäller nu): Reviderad av Regionfullmäktige 2020-02-25, § 12 (dnr RS/1234/2019).",
                "Planen i version 2015: Fastställd av Regionfullmäktige 2015.");
    }
}
