package lupsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.derive.Derived;
import lupsite.derive.TargetResult;
import lupsite.model.FollowUp;
import lupsite.problem.Problems;
import lupsite.render.RenderException;
import lupsite.testsupport.BundledSite;
import lupsite.testsupport.TestSite;

/** The bundled content of Region Jämtland Härjedalen, checked, derived and built as shipped. */
class BundledDataTest {

    private static final Path CONTENT = Path.of("content");

    @TempDir
    static Path dir;
    private static Path site;
    private static Derived derived;

    @BeforeAll
    static void build() throws IOException, RenderException {
        Problems problems = new Problems();
        derived = Pipeline.check(CONTENT, problems).orElseThrow().derived();
        assertThat(problems.all()).extracting(p -> p.format("content/"))
                .containsExactlyElementsOf(BundledSite.UNFILLED_STATEMENT);
        site = dir.resolve("site");
        assertThat(Pipeline.build(new Pipeline.Options(CONTENT, TestSite.TEMPLATES, site, false), new Problems())).isPresent();
    }

    @Test
    void goalFiveIsMetWithTheComputedChangeOfFourPointSeven() {
        TargetResult result = derived.target("differens-sjukpenningdagar").orElseThrow();
        assertThat(result.baselineValue()).isEqualByComparingTo("3.0");
        assertThat(result.latestValue()).isEqualByComparingTo("-1.7");
        assertThat(result.change()).isEqualByComparingTo("4.7");
        assertThat(result.met()).isTrue();

        Element box = TestSite.html(site, "mal.html").selectFirst("#mal-differens-sjukpenningdagar .target");
        assertThat(box.text()).contains("Minskning 4,7 sjukpenningdagar: målet är uppnått. Föreslagen status: ● Uppfyllt");
    }

    @Test
    void theStaffSickLeaveTargetIsMetByTwoPercentagePoints() {
        TargetResult result = derived.target("sjukfranvaro-medarbetare").orElseThrow();
        assertThat(result.change()).isEqualByComparingTo(new BigDecimal("2.0"));
        assertThat(result.met()).isTrue();
    }

    @Test
    void theStatusNoteQuotesTheComputedChangeBesideTheSourcesFigure() {
        String note = TestSite.html(site, "uppfoljning-2019-11-18.html").select(".status-note").text();
        assertThat(note).contains("står att differensen har minskat med 4,3 sjukpenningdagar",
                "(differensen 3,0 dagar per 2014-12-31 och \u22121,7 dagar per 2019-09-30) är minskningen 4,7 sjukpenningdagar.");
    }

    @Test
    void everyIndicatorHasAnAccessibleChartATableAndACsv() {
        for (String id : List.of("sjukpenningtal", "sjukfranvaro-medarbetare")) {
            Document page = TestSite.html(site, "indikator-" + id + ".html");
            Element svg = page.selectFirst("figure.chart-figure > svg[role=img]");
            assertThat(page.getElementById(svg.attr("aria-labelledby"))).isNotNull();
            assertThat(page.getElementById(svg.attr("aria-describedby")).text()).endsWith("Alla värden finns i tabellen.");
            assertThat(page.select("table.data tbody tr")).hasSize(2);
            assertThat(Files.exists(site.resolve("data/" + id + ".csv"))).isTrue();
        }
        assertThat(TestSite.html(site, "indikator-sjukpenningtal.html").select("table.data tr").eachText()).containsExactly(
                "Datum Jämtlands län Riket Målnivå för Jämtlands län (Riket + 2,0)",
                "2014-12-31 12,4 9,4 11,4",
                "2019-09-30 7,8 9,5 11,5");
        assertThat(TestSite.html(site, "indikator-sjukfranvaro-medarbetare.html").selectFirst("svg desc").text())
                .startsWith("Stapeldiagram i %, 2014-12-31 till 2018-12-31.");
        assertThat(TestSite.html(site, "indikatorer.html").select("main svg[role=img]")).hasSize(2);
    }

    @Test
    void theHistoryMatrixHasAColumnPerFollowUpAndARowPerGoalAndActivity() {
        Document page = TestSite.html(site, "historik.html");
        Element goals = page.selectFirst("table.history");
        assertThat(goals.select("thead th").eachText()).containsExactly("Mål", "2018", "2019-11-18");
        assertThat(goals.select("tbody tr").eachText()).contains(
                "Minska differensen till riksgenomsnittet för sjukpenningdagar med en dag jämfört med år 2014. "
                        + "Ingen uppgift ● Uppfyllt (rekonstruerad)");
        FollowUp latest = derived.content().latestFollowUp().orElseThrow();
        assertThat(page.select("table.history tbody tr"))
                .hasSize(derived.content().goals().size() + (int) derived.content().activities().count());
        assertThat(page.select(".history-item")).hasSize(latest.goals().size() + latest.activities().size());
        assertThat(page.getElementById("historik-mal-differens-sjukpenningdagar").select("dt").eachText()).containsExactly(
                "Regionstyrelsens uppföljning av LUP minskade sjukskrivningar och ökat frisktal: Ingen uppgift",
                "Lägesavstämning per 2019-11-18: ● Uppfyllt (rekonstruerad)");
    }

    @Test
    void theEarlierFollowUpIsPartialDatedToTheYearAndLinksItsPages() {
        FollowUp first = derived.content().followUps().get(0);
        assertThat(first.date().iso()).isEqualTo("2018");
        assertThat(first.partial()).isTrue();
        assertThat(first.goals()).isEmpty();
        assertThat(first.activities()).isEmpty();

        Document page = TestSite.html(site, "uppfoljning-2018.html");
        assertThat(page.select("main p:contains(Hör till uppföljningen) a").eachAttr("href"))
                .containsExactly("sida-regionstyrelsens-uppfoljning-2018.html", "sida-budget-2019.html");
        assertThat(page.select("#sammanfattning ~ p").text())
                .contains("I oktober 2018 ligger Jämtlands län 0,9 dagar under riksgenomsnittet.");
    }

    @Test
    void theChangesPageListsEverythingNewSinceThePartialFollowUp() {
        FollowUp latest = derived.content().latestFollowUp().orElseThrow();
        Document page = TestSite.html(site, "forandringar-2019-11-18.html");
        assertThat(page.select("table.changes tbody tr")).hasSize(latest.goals().size() + latest.activities().size());
        assertThat(page.select("main p").first().text()).isEqualTo("Uppföljning: Lägesavstämning per 2019-11-18. "
                + "Jämförs med Regionstyrelsens uppföljning av LUP minskade sjukskrivningar och ökat frisktal.");
    }

    @Test
    void theSameContentBuildsTheSameBytes() throws IOException, RenderException {
        Path again = dir.resolve("again");
        Pipeline.build(new Pipeline.Options(CONTENT, TestSite.TEMPLATES, again, false), new Problems());
        assertThat(files(again)).isEqualTo(files(site));
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
