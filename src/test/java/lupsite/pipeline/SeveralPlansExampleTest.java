package lupsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.render.SiteUrls;
import lupsite.testsupport.SiteRules;
import lupsite.testsupport.TestSite;

/**
 * examples/flera-planer, the invented content the editor's guide takes its chapters "Flera planer på en
 * webbplats" and "Långa rapporter" from: two plans under plans/ (one with its own words and publishers), shared
 * indicators and a long report with a chapter per council. It checks clean and builds as one site: a portal,
 * each plan's pages under the names of docs/dev/model.md ("URLs stay flat"), one search over both plans, the
 * report's contents and anchors, and links between the plans and into the report that lead where they say.
 */
class SeveralPlansExampleTest {

    private static final Path EXAMPLE = Path.of("examples/flera-planer");

    private static final String PILOT_PUBLISHERS = "Region Jämtland Härjedalen och Region Västernorrland";

    static Path site;

    /** The example checks without a problem, warnings included, and builds with its PDFs. */
    @BeforeAll
    static void checkAndBuild(@TempDir Path dir) {
        assertThat(TestSite.problemsIn(EXAMPLE)).as("check").isEmpty();
        site = TestSite.buildFrom(EXAMPLE, dir.resolve("site"), true);
    }

    @Test
    void thePortalListsBothPlansWithTheirLatestFollowUps() {
        Document portal = TestSite.html(site, SiteUrls.HOME);

        assertThat(portal.select(".site-name").text()).isEqualTo("Planer för hälsa och arbete (påhittat exempel)");
        assertThat(portal.select("main a").eachAttr("href")).contains("sjukfranvaro.html", "psykisk-halsa.html",
                "sjukfranvaro.uppfoljning-2024-06-30.html", "psykisk-halsa.uppfoljning-2025-04.html");
        assertThat(portal.select("main").text()).contains("Plan för minskad sjukfrånvaro 2023–2026 (påhittad)",
                "Pilotprojekt för psykisk hälsa vid lindriga och medelsvåra besvär (påhittat)", "På väg: 2",
                "Inte uppnått: 1", "Delvis uppfyllt: 2", "Ej uppfyllt: 1");
        assertThat(portal.select("main .portal-plan p:contains(Senaste)").eachText()).containsExactly(
                "Senaste delrapporten: Andra delrapporten, april 2025 (PDF)",
                "Senaste uppföljningen: Uppföljning per 2024-06-30 (PDF)");
    }

    @Test
    void eachPlanHasItsPagesUnderItsIdAndNoneHasTheSinglePlanNames() {
        assertThat(Stream.of("sjukfranvaro.html", "sjukfranvaro.mal.html", "sjukfranvaro.omrade-tidig-rehabilitering.html",
                "sjukfranvaro.omrade-arbetsgivaren.html", "sjukfranvaro.uppfoljning-2024-06-30.html",
                "sjukfranvaro.historik.html", "psykisk-halsa.html", "psykisk-halsa.mal.html",
                "psykisk-halsa.omrade-snabb-bedomning.html", "psykisk-halsa.omrade-behandling-och-arbete.html",
                "psykisk-halsa.uppfoljning-2024-10.html", "psykisk-halsa.uppfoljning-2025-04.html",
                "psykisk-halsa.forandringar-2025-04.html", "psykisk-halsa.historik.html",
                "pdf/sjukfranvaro-uppfoljning-2024-06-30.pdf", "pdf/pilot-psykisk-halsa-uppfoljning-2024-10.pdf",
                "pdf/pilot-psykisk-halsa-uppfoljning-2025-04.pdf", "data/sjukfranvaro.json",
                "data/pilot-psykisk-halsa.json", "data/sjukpenningtal.csv", "indikator-sjukpenningtal.html",
                "sida-kartlaggning.html", "sida-kartlaggning-bilaga.html"))
                .filteredOn(name -> !Files.isRegularFile(site.resolve(name))).as("missing").isEmpty();
        assertThat(Stream.of("mal.html", "omraden.html", "historik.html", "uppfoljning-2024-06-30.html",
                "data/lup.json", "pdf/lup-uppfoljning-2024-06-30.pdf"))
                .filteredOn(name -> Files.exists(site.resolve(name))).as("written").isEmpty();
    }

    @Test
    void eachPlanSpeaksItsOwnWordsAndNamesItsOwnPublishers() {
        Document pilot = TestSite.html(site, "psykisk-halsa.mal.html");
        assertThat(pilot.select(".site-header nav a").eachText()).contains("Insatsområden", "Delrapporter");
        assertThat(pilot.select("main h2").eachText()).contains("Mål inom 2 år");
        assertThat(pilot.select(".site-region").text()).isEqualTo(PILOT_PUBLISHERS);

        Document sickLeave = TestSite.html(site, "sjukfranvaro.mal.html");
        assertThat(sickLeave.select(".site-header nav a").eachText()).contains("Målområden", "Uppföljningar")
                .doesNotContain("Insatsområden");
        assertThat(sickLeave.select(".site-region").text()).isEqualTo("Region Jämtland Härjedalen");
    }

    @Test
    void oneSearchCoversBothPlansAndTheReportsSections() throws Exception {
        String index = Files.readString(site.resolve(SiteUrls.SEARCH_INDEX));

        assertThat(index).contains("\"sjukfranvaro.mal.html#mal-sjukpenningtal-minska\"",
                "\"psykisk-halsa.mal.html#mal-vantetid-bedomning\"",
                "\"psykisk-halsa.omrade-behandling-och-arbete.html#aktivitet-arbetsgivarkontakt\"",
                "\"sida-kartlaggning-bilaga.html#jamtland\"", "\"sida-kartlaggning-norrbotten.html#samverkan\"");
    }

    @Test
    void theReportHasContentsChaptersInOrderAndPreviousAndNext() {
        Document report = TestSite.html(site, SiteUrls.page("kartlaggning"));
        assertThat(report.select("nav.page-contents > ol > li > a").eachAttr("href")).containsExactly(
                "#sammanfattning", "#metod", "#resultat-i-korthet", "#hur-planerna-anvander-rapporten");
        assertThat(report.select("section[aria-labelledby=undersidor] .page-list > li > a").eachText()).containsExactly(
                "Jämtland Härjedalen", "Västernorrland", "Norrbotten", "Gävleborg", "Dalarna",
                "Bilaga: nyckeltal per region");

        Document chapter = TestSite.html(site, SiteUrls.page("kartlaggning-norrbotten"));
        assertThat(chapter.select(".part-of a").attr("href")).isEqualTo(SiteUrls.page("kartlaggning"));
        assertThat(chapter.select("nav.pager a").eachText())
                .containsExactly("Föregående: Västernorrland", "Nästa: Gävleborg");
        assertThat(chapter.select("nav.page-contents a").eachAttr("href")).containsExactly("#samverkan",
                "#rehabkoordinering", "#forsakringsmedicinsk-kompetens", "#uppfoljning", "#slutsatser");
    }

    @Test
    void theAppendixHasAnAnchorPerCouncilAndNumbersItsRepeatedSubHeadings() {
        Document appendix = TestSite.html(site, SiteUrls.page("kartlaggning-bilaga"));

        assertThat(appendix.select(".prose .heading > h2").eachAttr("id"))
                .containsExactly("jamtland", "vasternorrland", "norrbotten", "gavleborg", "dalarna");
        assertThat(appendix.select(".prose .heading > h3").eachAttr("id")).startsWith("rehabkoordinatorer",
                "sjukpenningtal", "rehabkoordinatorer-2", "sjukpenningtal-2").contains("sjukpenningtal-5");
        assertThat(appendix.select("a.anchor[href=#jamtland]").attr("aria-label"))
                .isEqualTo("Länk till avsnittet Jämtland Härjedalen");
        assertThat(appendix.select("nav.page-contents > ol > li > a").eachAttr("href"))
                .containsExactly("#jamtland", "#vasternorrland", "#norrbotten", "#gavleborg", "#dalarna");
    }

    @Test
    void theMenuHoldsTheReportButNotItsChaptersNorAPageKeptOut() {
        for (String page : List.of(SiteUrls.HOME, "psykisk-halsa.mal.html", SiteUrls.page("kartlaggning-dalarna"))) {
            assertThat(TestSite.html(site, page).select(".site-header nav a").eachAttr("href")).as(page)
                    .contains(SiteUrls.page("kartlaggning"))
                    .doesNotContain(SiteUrls.page("kartlaggning-dalarna"), SiteUrls.page("om-exemplet"));
        }
        assertThat(TestSite.html(site, SiteUrls.PAGES).select("main a").eachAttr("href"))
                .contains(SiteUrls.page("om-exemplet"), SiteUrls.page("kartlaggning-dalarna"));
    }

    @Test
    void linksBetweenThePlansAndIntoTheReportLeadToPagesThatExist() throws Exception {
        assertThat(TestSite.html(site, "psykisk-halsa.html").select("main a").eachAttr("href"))
                .contains("sjukfranvaro.mal.html", "sida-kartlaggning.html#resultat-i-korthet");
        assertThat(TestSite.html(site, "psykisk-halsa.omrade-behandling-och-arbete.html").select("main a")
                .eachAttr("href")).contains("sjukfranvaro.mal.html", "sjukfranvaro.omrade-tidig-rehabilitering.html");
        assertThat(TestSite.html(site, "sjukfranvaro.omrade-tidig-rehabilitering.html").select("main a")
                .eachAttr("href")).contains("sida-kartlaggning-bilaga.html#jamtland",
                        "sida-kartlaggning-vasternorrland.html#rehabkoordinering", "psykisk-halsa.mal.html");
        assertThat(TestSite.html(site, "sjukfranvaro.uppfoljning-2024-06-30.html").select("main a").eachAttr("href"))
                .contains("psykisk-halsa.html", "psykisk-halsa.uppfoljning-2025-04.html");
        assertThat(TestSite.html(site, SiteUrls.page("kartlaggning")).select("main a").eachAttr("href"))
                .contains("sjukfranvaro.mal.html", "psykisk-halsa.html");

        List<String> pages;
        try (Stream<Path> files = Files.list(site)) {
            pages = files.map(f -> f.getFileName().toString()).filter(name -> name.endsWith(".html")).sorted().toList();
        }
        assertThat(new SiteRules(site).references(pages)).isEmpty();
    }

    @Test
    void theReportHasAPdfOfItsOwnWithEveryChapter() throws Exception {
        Path pdf;
        try (Stream<Path> files = Files.list(site.resolve("pdf"))) {
            pdf = files.filter(f -> f.getFileName().toString().contains("kartlaggning")).findFirst().orElseThrow();
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("Nationell kartläggning 2024 (påhittad)", "Uppdraget och metoden", "Norrbotten",
                    "Bilaga: nyckeltal per region", "21 av 27 vårdcentraler (78 %).");
        }
    }
}
