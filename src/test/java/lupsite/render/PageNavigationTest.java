package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.NuHtmlChecker;
import lupsite.testsupport.SiteRules;
import lupsite.testsupport.TestSite;

/**
 * The menu, the page index and the pages under a parent page: the menu has a fixed most number of pages, so
 * every page carries the same menu however many pages there are, and every page can still be reached.
 */
class PageNavigationTest {

    private static final List<String> FIXED_MENU = List.of("Översikt", "Mål", "Målområden", "Uppföljningar",
            "Historik", "Indikatorer", "Sök");

    private static String page(String title, String more) {
        return "---\ntitle: " + title + "\n" + more + "---\nText om " + title.toLowerCase() + ".\n";
    }

    private static List<String> menu(Path site, String page) {
        return TestSite.html(site, page).select("header nav a").eachText();
    }

    private static List<String> plus(List<String> first, String... more) {
        return java.util.stream.Stream.concat(first.stream(), java.util.stream.Stream.of(more)).toList();
    }

    @Test
    void aFewPagesAreAllInTheMenuAndTheIndexIsInTheFooter(@TempDir Path dir) {
        Path site = TestSite.minimal(dir).with("pages/om.md", page("Om planen", "order: 2\n")).build();
        assertThat(menu(site, SiteUrls.HOME)).isEqualTo(plus(FIXED_MENU, "Budget 2019", "Om planen"));
        assertThat(TestSite.html(site, SiteUrls.HOME).select("footer a[href=sidor.html]").text()).isEqualTo("Alla sidor");
        Document index = TestSite.html(site, SiteUrls.PAGES);
        assertThat(index.select("h1").text()).isEqualTo("Alla sidor");
        assertThat(index.select("main ul.page-list > li > a")).extracting(a -> a.attr("href") + " " + a.text())
                .containsExactly("sida-budget.html Budget 2019", "sida-om.html Om planen");
    }

    @Test
    void theMenuShowsTheFirstPagesInOrderAndLinksTheIndexForTheRest(@TempDir Path dir) {
        TestSite content = TestSite.minimal(dir);
        for (int i = 1; i <= 8; i++) {
            content.with("pages/sida-" + i + ".md", page("Sida " + i, "order: " + (20 - i) + "\n"));
        }
        Path site = content.with("pages/dold.md", page("Dold", "order: 0\nmenu: false\n")).build();
        assertThat(menu(site, SiteUrls.HOME)).isEqualTo(plus(FIXED_MENU, "Budget 2019", "Sida 8", "Sida 7", "Sida 6",
                "Sida 5", "Alla sidor"));
        assertThat(TestSite.html(site, SiteUrls.PAGES).select("main ul.page-list > li > a").eachText())
                .containsExactly("Dold", "Budget 2019", "Sida 8", "Sida 7", "Sida 6", "Sida 5", "Sida 4", "Sida 3",
                        "Sida 2", "Sida 1");
        assertThat(TestSite.html(site, SiteUrls.PAGES).select("header nav a[aria-current=page]").text())
                .isEqualTo("Alla sidor");
    }

    @Test
    void aPageOutOfTheMenuBringsTheIndexIntoIt(@TempDir Path dir) {
        Path site = TestSite.minimal(dir).with("pages/dold.md", page("Dold", "menu: false\n")).build();
        assertThat(menu(site, SiteUrls.HOME)).isEqualTo(plus(FIXED_MENU, "Budget 2019", "Alla sidor"));
    }

    /** A report with a page per county council: its contents, the way up, and previous / next in order. */
    @Test
    void aParentListsItsChildrenAndEachChildLeadsUpAndToItsNeighbours(@TempDir Path dir) {
        Path site = TestSite.minimal(dir)
                .with("pages/rapport.md", page("Kartläggning", "order: 5\nsummary: Alla landsting.\n"))
                .with("pages/jamtland.md", page("Jämtland", "parent: rapport\norder: 2\nsummary: Om Jämtland.\n"))
                .with("pages/blekinge.md", page("Blekinge", "parent: rapport\norder: 1\n"))
                .with("pages/vasternorrland.md", page("Västernorrland", "parent: rapport\norder: 3\n"))
                .with("pages/jamtland-bilaga.md", page("Bilaga", "parent: jamtland\n"))
                .build(true); // with the PDF, which every footer links
        assertThat(menu(site, SiteUrls.HOME)).isEqualTo(plus(FIXED_MENU, "Budget 2019", "Kartläggning", "Alla sidor"));

        Document report = TestSite.html(site, SiteUrls.page("rapport"));
        assertThat(report.select("#undersidor").text()).isEqualTo("Sidor i den här delen");
        assertThat(report.select("section ul.page-list > li")).extracting(Element::text)
                .containsExactly("Blekinge", "Jämtland Om Jämtland.", "Västernorrland");
        assertThat(report.select(".part-of, .pager")).isEmpty();

        Document jamtland = TestSite.html(site, SiteUrls.page("jamtland"));
        assertThat(jamtland.select(".part-of").text()).isEqualTo("Del av Kartläggning");
        assertThat(jamtland.select(".part-of a").attr("href")).isEqualTo("sida-rapport.html");
        assertThat(jamtland.select("nav.pager").attr("aria-label")).isEqualTo("Andra sidor i Kartläggning");
        assertThat(jamtland.select("nav.pager a")).extracting(a -> a.attr("rel") + " " + a.attr("href") + " " + a.text())
                .containsExactly("prev sida-blekinge.html Föregående: Blekinge",
                        "next sida-vasternorrland.html Nästa: Västernorrland");
        assertThat(jamtland.select("section ul.page-list > li").eachText()).containsExactly("Bilaga");
        assertThat(TestSite.html(site, SiteUrls.page("blekinge")).select("nav.pager a").eachText())
                .containsExactly("Nästa: Jämtland");
        assertThat(TestSite.html(site, SiteUrls.page("vasternorrland")).select("nav.pager a").eachText())
                .containsExactly("Föregående: Jämtland");

        Document index = TestSite.html(site, SiteUrls.PAGES);
        assertThat(index.select("main > ul.page-list > li > a").eachText()).containsExactly("Budget 2019", "Kartläggning");
        assertThat(index.select("main > ul.page-list > li > ul > li > a").eachText())
                .containsExactly("Blekinge", "Jämtland", "Västernorrland");
        assertThat(index.select("main > ul.page-list ul ul > li > a").eachText()).containsExactly("Bilaga");

        // The bundled content has no child pages, so the browser tests do not see these: the same rules here.
        List<String> pages = List.of("sida-rapport.html", "sida-jamtland.html", "sida-blekinge.html", SiteUrls.PAGES);
        SiteRules rules = new SiteRules(site);
        assertThat(rules.references(pages)).isEmpty();
        assertThat(rules.headings(pages)).isEmpty();
        assertThat(rules.skipLink(pages)).isEmpty();
        assertThat(NuHtmlChecker.report(new NuHtmlChecker().checkAll(pages.stream().map(site::resolve).toList()), site))
                .isEmpty();
    }

    @Test
    void searchFindsEveryPageWhetherInTheMenuOrNot(@TempDir Path dir) throws IOException {
        TestSite content = TestSite.minimal(dir).with("pages/rapport.md", page("Rapport", "menu: false\n"))
                .with("pages/jamtland.md", page("Jämtland", "parent: rapport\n"));
        for (int i = 1; i <= 7; i++) {
            content.with("pages/sida-" + i + ".md", page("Sida " + i, ""));
        }
        String index = Files.readString(content.build().resolve(SiteUrls.SEARCH_INDEX));
        for (String href : List.of("sida-rapport.html", "sida-jamtland.html", "sida-sida-1.html", "sida-sida-7.html")) {
            assertThat(index).contains("\"" + href + "\"");
        }
    }

    /** Output linear in the number of pages: a page's menu is the same bytes with 10 pages as with 60. */
    @Test
    void theMenuDoesNotGrowWithThePages(@TempDir Path dir) {
        List<String> menus = List.of(10, 60).stream().map(n -> {
            TestSite content = TestSite.minimal(dir.resolve("n" + n));
            for (int i = 1; i <= n; i++) {
                content.with("pages/sida-" + i + ".md", page("Sida " + i, "order: " + i + "\n"));
            }
            return TestSite.html(content.build(), "mal.html").select("header nav").outerHtml();
        }).toList();
        assertThat(menus.get(1)).isEqualTo(menus.get(0));
    }
}
