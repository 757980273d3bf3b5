package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/** Each page kind, built from a small inline site and read back with jsoup. */
class SiteRendererTest {

    @TempDir
    Path dir;

    private Path site;

    @BeforeEach
    void build() {
        site = TestSite.minimal(dir).build();
    }

    @Test
    void theStartPageShowsTheLatestSummaryAndEveryGoalsStatus() {
        Document home = TestSite.html(site, "index.html");

        assertThat(home.select("html").attr("lang")).isEqualTo("sv");
        assertThat(home.select("h1").text()).isEqualTo("Testplan");
        assertThat(home.select("#senaste").text()).isEqualTo("Senaste uppföljning: Lägesavstämning per 2019-11-18");
        assertThat(home.select("section em").text()).isEqualTo("länet");
        assertThat(home.select("table.at-a-glance tbody tr")).extracting(tr -> tr.text()).containsExactly(
                "Bättre rehabilitering i länet. ◐ Delvis uppfyllt",
                "Lägre sjuktal än 2014. ● Uppfyllt");
    }

    @Test
    void statusIsSymbolAndTextWithTheSymbolHiddenFromScreenReaders() {
        Document home = TestSite.html(site, "index.html");
        var status = home.select("table.at-a-glance .status").first();

        assertThat(status.select(".symbol").attr("aria-hidden")).isEqualTo("true");
        assertThat(status.ownText()).isEqualTo("Delvis uppfyllt");
    }

    /** A stylesheet of their own, so that no page needs an inline style (a Content-Security-Policy forbids it). */
    @Test
    void theStatusColoursOfThePlanAreAStylesheetAndNoPageHasAnInlineStyle() throws IOException {
        TestSite colours = TestSite.minimal(dir.resolve("farger"));
        String plan = new String(colours.files().get("plan.yaml"), StandardCharsets.UTF_8);
        Path built = colours.with("plan.yaml", plan.replace("""
                    symbol: "●"
                """, """
                    symbol: "●"
                    color: "#1b7a3a"
                """).replace("""
                    symbol: "◔"
                """, """
                    symbol: "◔"
                    color: "#1f5fa8"
                """)).build();

        assertThat(Files.readString(built.resolve(SiteUrls.STATUS_COLOURS))).isEqualTo("""
                .status-uppfyllt .symbol { color: #1b7a3a; }
                .status-pagar .symbol { color: #1f5fa8; }
                """);
        for (String page : new String[] {SiteUrls.HOME, "mal.html", SiteUrls.SEARCH}) {
            Document html = TestSite.html(built, page);
            assertThat(html.select("link[rel=stylesheet]").eachAttr("href"))
                    .containsExactly("assets/style.css", SiteUrls.STATUS_COLOURS);
            assertThat(html.select("style, [style]")).as(page).isEmpty();
        }
    }

    @Test
    void theGoalsPageGroupsByHorizonAndShowsTheComputedTarget() {
        Document goals = TestSite.html(site, "mal.html");

        assertThat(goals.select("h2")).extracting(h -> h.text()).containsExactly("Mål på 4 års sikt", "Mål på 8 års sikt");
        assertThat(goals.select("#horisont-8 ~ p").text()).isEqualTo("Inga mål på 8 års sikt finns i planen.");
        assertThat(goals.select("#mal-lagre-sjuktal .target li")).extracting(li -> li.text()).containsExactly(
                "Målvärde: Skillnaden mellan Länet och Riket ska minska med minst 1,0 dagar jämfört med 2014-12-31.",
                "Utgångsläge: 2014-12-31: Länet 12,4, Riket 9,4 (skillnad 3,0 dagar)",
                "Senaste värde: 2019-09-30: Länet 7,8, Riket 9,5 (skillnad \u22121,7 dagar)",
                "Minskning 4,7 dagar: målet är uppnått. Föreslagen status: ● Uppfyllt");
    }

    @Test
    void anAreaPageListsItsActivitiesWithStatusAndNote() {
        Document area = TestSite.html(site, "omrade-rehabilitering.html");

        assertThat(area.select("h1").text()).isEqualTo("Samordnad rehabilitering");
        assertThat(area.select("main > p").first().text()).isEqualTo("Inledning till området.");
        assertThat(area.select("table.activities tbody tr")).extracting(tr -> tr.text()).containsExactly(
                "Ta fram rutiner. ✔ Genomförd Rutinerna är klara.",
                "Utbilda personal i: försäkringsmedicin rehabkoordinering ◔ Pågår Utbildning pågår.");
        assertThat(area.select("#aktivitet-utbildning li")).hasSize(2);
    }

    @Test
    void aFollowUpPageHasGoalsActivitiesAndLinks() {
        Document followUp = TestSite.html(site, "uppfoljning-2019-11-18.html");

        assertThat(followUp.select("h1").text()).isEqualTo("Lägesavstämning per 2019-11-18");
        assertThat(followUp.select("table.goals th[scope=row]")).extracting(th -> th.text())
                .containsExactly("Bättre rehabilitering i länet.", "Lägre sjuktal än 2014.");
        assertThat(followUp.select("h3 a").attr("href")).isEqualTo("omrade-rehabilitering.html");
        assertThat(followUp.select("a[href=forandringar-2019-11-18.html]")).isNotEmpty();
    }

    @Test
    void aFreePageRendersItsMarkdownTable() {
        Document page = TestSite.html(site, "sida-budget.html");

        assertThat(page.select("h1").text()).isEqualTo("Budget 2019");
        assertThat(page.select(".prose table td")).extracting(td -> td.text()).containsExactly("Intäkter", "6 250 000");
        assertThat(TestSite.html(site, "index.html").select("nav a[href=sida-budget.html]").text()).isEqualTo("Budget 2019");
    }

    @Test
    void rawHtmlInContentIsShownAsTextNeverRun() {
        Path unsafe = TestSite.minimal(dir.resolve("unsafe")).with("pages/budget.md", """
                ---
                title: Budget
                ---
                <script>alert(1)</script> <img src=x onerror=alert(2)> <iframe src="x"></iframe>
                """).build();
        Document page = TestSite.html(unsafe, "sida-budget.html");

        assertThat(page.select("script, iframe, img, [onerror]")).isEmpty();
        assertThat(page.select(".prose").text()).isEqualTo("<script>alert(1)</script> <img src=x onerror=alert(2)> "
                + "<iframe src=\"x\"></iframe>");
    }

    @Test
    void linksBetweenContentFilesBecomeLinksBetweenPages() {
        Path linked = TestSite.minimal(dir.resolve("linked")).with("followups/2019-11-18/summary.md",
                "Se [budgeten](../../pages/budget.md#intakter) och [FK](https://www.forsakringskassan.se).\n")
                .appending("pages/budget.md", "\n## Intäkter\n").build();
        Document home = TestSite.html(linked, "index.html");

        assertThat(home.select("section[aria-labelledby=senaste] p:not(.actions) a")).extracting(a -> a.attr("href"))
                .containsExactly("sida-budget.html#intakter", "https://www.forsakringskassan.se");
    }

    /** As in CommonMark, square brackets with no link definition are text: a note "[sic]", "[1]", a title. */
    @Test
    void bracketsWithoutADefinitionStayTextAndDefinedOnesLink() {
        TestSite brackets = TestSite.minimal(dir.resolve("hakparenteser")).with("pages/budget.md", """
                ---
                title: Budget
                ---
                Beslut [sic] enligt [1] och [Budget 2019], ![bild] och [mer][saknas]; [budget] är en länk.

                ## Intäkter

                [budget]: budget.md#intakter
                """);

        assertThat(brackets.problems()).isEmpty();
        Document page = TestSite.html(brackets.build(), "sida-budget.html");
        assertThat(page.select(".prose p").html()).isEqualTo("Beslut [sic] enligt [1] och [Budget 2019], ![bild] och "
                + "[mer][saknas]; <a href=\"sida-budget.html#intakter\">budget</a> är en länk.");
    }
}
