package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.model.AccessibilityStatement.TestRun;
import lupsite.testsupport.AccessibilityTestRecord;
import lupsite.testsupport.TestSite;

/** tillganglighet.html: DIGG's sections from content, and the test result only as a run recorded it. */
class AccessibilityStatementTest {

    @TempDir
    Path dir;

    static final TestRun RUN = new TestRun(LocalDate.of(2026, 1, 20), 25, List.of(1280, 375), "156.0.8078.79",
            "4.11.1", "26.5.2", 0, 0, 23);

    @Test
    void theStatementShowsTheDeclaredLevelTheContactAndTheReportingForm() {
        Document page = TestSite.html(TestSite.minimal(dir).build(), SiteUrls.ACCESSIBILITY);

        assertThat(page.select("h1").text()).isEqualTo("Tillgänglighetsredogörelse");
        assertThat(page.select("#teknisk + p").text()).isEqualTo(
                "Webbplatsen är helt förenlig med lagen om tillgänglighet till digital offentlig service.");
        assertThat(page.select("#kontakt ~ ul li").eachText())
                .containsExactly("E-post: tillganglighet@example.se", "Telefon: 010-123 45 67");
        assertThat(page.select("#kontakt ~ ul a").attr("href")).isEqualTo("mailto:tillganglighet@example.se");
        assertThat(page.select("#tillsyn + p a").attr("href")).isEqualTo("https://www.digg.se/tdosanmalan");
        assertThat(page.select("#om-redogorelsen + p").text()).isEqualTo("Redogörelsen upprättades 2026-01-15.");
    }

    @Test
    void withoutARecordedRunThePageSaysSoAndClaimsNoResult() {
        Document page = TestSite.html(TestSite.minimal(dir).build(), SiteUrls.ACCESSIBILITY);

        assertThat(page.select("#testning ~ .notice").text())
                .isEqualTo("Inget resultat från de automatiska testerna är registrerat ännu.");
        assertThat(page.select("table")).isEmpty();
    }

    @Test
    void aRecordedRunIsShownToolByToolWithItsVersionsAndResults() {
        Path site = TestSite.minimal(dir).with("accessibility-test.yaml", AccessibilityTestRecord.yaml(RUN)).build();
        Document page = TestSite.html(site, SiteUrls.ACCESSIBILITY);

        assertThat(page.select("#testning ~ p").get(1).text()).isEqualTo("Webbplatsens utvecklare kör de "
                + "automatiska testerna när mallarna eller innehållet ändras. Resultatet nedan är från den senaste "
                + "registrerade körningen, 2026-01-20, på webbplatsens alla 25 sidor; alla 23 tester gick igenom.");
        assertThat(page.select("#tabell-testning").text()).isEqualTo("Automatiska tester 2026-01-20");
        assertThat(page.select("table tbody tr")).extracting(row -> row.select("th").text() + " | "
                + row.select("td").last().text()).containsExactly(
                "axe-core 4.11.1 i Chromium 156.0.8078.79 | 0 avvikelser",
                "Nu Html Checker 26.5.2 | 0 fel",
                "Egna tester i Chromium | Inga fel");
        assertThat(page.select("table tbody tr").first().select("td").first().text())
                .contains("i fönsterbredderna 1280 och 375 pixlar");
    }

    @Test
    void unfilledFieldsAreShownAsUnfilledNeverGuessed() {
        Path site = TestSite.minimal(dir).with("accessibility.yaml", """
                compliance: delvis-forenlig
                assessment: egen-bedomning
                supervision: https://www.digg.se/tdosanmalan
                """).build();
        Document page = TestSite.html(site, SiteUrls.ACCESSIBILITY);

        assertThat(page.select("#kontakt ~ .notice").first().text())
                .isEqualTo("Kontaktuppgifterna är ännu inte ifyllda i redogörelsen.");
        assertThat(page.select("#brister + .notice").text()).isEqualTo("Bristerna är ännu inte beskrivna i redogörelsen.");
        assertThat(page.select("#om-redogorelsen + p").text())
                .isEqualTo("Datumet då redogörelsen upprättades är ännu inte ifyllt.");
    }

    @Test
    void everyPageLinksToTheStatement() {
        Path site = TestSite.minimal(dir).build();
        for (String page : List.of(SiteUrls.HOME, "mal.html", SiteUrls.SEARCH)) {
            assertThat(TestSite.html(site, page).select("footer a[href=tillganglighet.html]").text())
                    .isEqualTo("Tillgänglighetsredogörelse");
        }
    }
}
