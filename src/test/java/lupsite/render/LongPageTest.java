package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/** Headings of content get ids and a link to themselves; a page with many sections gets a table of contents. */
class LongPageTest {

    @TempDir
    Path dir;

    private static final String REPORT = """
            ---
            title: Kartläggning
            order: 1
            ---
            Inledning.

            ## Jämtland Härjedalen

            ### Bakgrund

            Text.

            ## Västra Götaland {#vgr}

            ### Bakgrund

            ## Örebro län

            #### Åtgärder på *lång* sikt

            ##### Detaljer

            ###### Not
            """;

    @Test
    void headingsGetSwedishFriendlyUniqueIdsAndAnAnchorLink() {
        Path out = TestSite.minimal(dir).with("pages/rapport.md", REPORT).build();

        Document page = TestSite.html(out, "sida-rapport.html");
        assertThat(page.select(".prose .heading > :first-child").eachAttr("id")).containsExactly(
                "jamtland-harjedalen", "bakgrund", "vgr", "bakgrund-2", "orebro-lan", "atgarder-pa-lang-sikt",
                "detaljer", "not");
        Element heading = page.selectFirst("#vgr");
        assertThat(heading.tagName()).isEqualTo("h2");
        assertThat(heading.text()).isEqualTo("Västra Götaland");
        Element anchor = heading.nextElementSibling();
        assertThat(anchor.outerHtml())
                .isEqualTo("<a class=\"anchor\" href=\"#vgr\" aria-label=\"Länk till avsnittet Västra Götaland\"></a>");
        assertThat(page.selectFirst("#atgarder-pa-lang-sikt").html()).isEqualTo("Åtgärder på <em>lång</em> sikt");
    }

    /**
     * A follow-up page shows its summary, every comment and note, and the activities' texts; an area page its
     * introduction and its activities: each may have its own "## Bakgrund". The first keeps the id, a later one
     * gets -2, -3 on that page, and a link inside that text to its own heading follows it.
     */
    @Test
    void headingIdsAreUniqueOnAPageThatShowsSeveralTexts() {
        TestSite site = TestSite.minimal(dir);
        String followUp = new String(site.files().get("followups/2019-11-18/followup.yaml"));
        site.with("followups/2019-11-18/summary.md", "## Bakgrund\n\nSammanfattningen.\n")
                .with("followups/2019-11-18/followup.yaml", followUp.replace("    comment: Rutiner finns. Implementering pågår.\n",
                        """
                            comment: |
                              ## Bakgrund

                              Rutiner finns, se [bakgrunden](#bakgrund).

                              ## Bakgrund

                              Två gånger.
                        """))
                .with("areas/01-rehabilitering.md", new String(site.files().get("areas/01-rehabilitering.md"))
                        .replace("Inledning till området.", "## Bakgrund\n\nInledning till området.")
                        .replace("    text: Ta fram rutiner.", "    text: |\n      ## Bakgrund\n\n      Ta fram rutiner."));
        Path out = site.build();

        Document page = TestSite.html(out, "uppfoljning-2019-11-18.html");
        assertThat(page.select(".heading > :first-child").eachAttr("id")).containsExactly(
                "bakgrund", "bakgrund-3", "bakgrund-2", "bakgrund-4");
        assertThat(page.select(".heading > a.anchor").eachAttr("href")).containsExactly(
                "#bakgrund", "#bakgrund-3", "#bakgrund-2", "#bakgrund-4");
        assertThat(page.select(".goal-comment a[href^=#]:not(.anchor)").eachAttr("href")).containsExactly("#bakgrund-3");
        Document area = TestSite.html(out, "omrade-rehabilitering.html");
        assertThat(area.select(".heading > :first-child").eachAttr("id")).doesNotHaveDuplicates().hasSize(2)
                .first().isEqualTo("bakgrund");
        assertThat(area.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        // A page of one text keeps the ids its text gives: what check takes a #fragment to it against.
        assertThat(TestSite.html(out, "index.html").select(".heading > :first-child").eachAttr("id"))
                .containsExactly("bakgrund");
    }

    @Test
    void aPageWithFourSectionsOrMoreHasATableOfContentsAndAShortOneNone() {
        Path out = TestSite.minimal(dir).with("pages/rapport.md", REPORT).with("pages/kort.md", """
                ---
                title: Kort
                order: 2
                ---
                ## Ett

                ## Två

                ### Tre
                """).build();

        Element contents = TestSite.html(out, "sida-rapport.html").selectFirst("nav.page-contents");
        assertThat(contents.attr("aria-label")).isEqualTo("Innehåll på sidan");
        assertThat(contents.select("> ol > li > a").eachAttr("href"))
                .containsExactly("#jamtland-harjedalen", "#vgr", "#orebro-lan");
        assertThat(contents.select("> ol > li").get(1).select("ol a").eachText()).containsExactly("Bakgrund");
        assertThat(contents.select("ol ol a").eachAttr("href")).containsExactly("#bakgrund", "#bakgrund-2");
        assertThat(TestSite.html(out, "sida-kort.html").select("nav.page-contents")).isEmpty();
    }

    @Test
    void searchFindsTheSectionAHitIsInAndShowsItsStart() throws Exception {
        Path out = TestSite.minimal(dir).with("pages/rapport.md", REPORT.replace("### Bakgrund\n\nText.",
                "### Bakgrund\n\nRegionen har **infört** rehabkoordinatorer på alla vårdcentraler.")).build();

        String index = Files.readString(out.resolve(SiteUrls.SEARCH_INDEX));
        assertThat(index).contains("""
                ["Sida","sida-rapport.html","Kartläggning","Inledning."],
                ["Avsnitt i Kartläggning","sida-rapport.html#jamtland-harjedalen","Jämtland Härjedalen",""],
                ["Avsnitt i Kartläggning","sida-rapport.html#bakgrund","Bakgrund","Regionen har infört \
                rehabkoordinatorer på alla vårdcentraler."],
                ["Avsnitt i Kartläggning","sida-rapport.html#vgr","Västra Götaland",""],
                """);
        assertThat(index).contains("\n\"rehabkoordinatorer\":[" + document(index, "sida-rapport.html#bakgrund") + ",1]");
    }

    /** The number of the document at {@code href} in the index. */
    private static int document(String index, String href) {
        String docs = index.substring(index.indexOf("\"docs\": [\n") + 10, index.indexOf("],\n\"terms\""));
        List<String> lines = docs.lines().toList();
        return IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains("\"" + href + "\"")).findFirst()
                .orElseThrow();
    }
}
