package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/**
 * A plan's own words (an invented pilot project of two regions, with phases, interventions and reports): every
 * label that names a part of the plan uses them, the files carry its prefix, and its publishers are named
 * where the region was, in the site and as the PDF's author.
 */
class VocabularyTest {

    private static final String WORDS = """
            publishers:
              - Region Jämtland Härjedalen
              - Region Västernorrland
            words:
              area: {singular: fas, plural: faser, definite: fasen, definitePlural: faserna}
              activity: {singular: insats, plural: insatser, definite: insatsen, definitePlural: insatserna}
              note: {singular: kommentar, plural: kommentarer, definite: kommentaren, definitePlural: kommentarerna}
              followUp: {singular: delrapport, plural: delrapporter, definite: delrapporten, definitePlural: delrapporterna}
              horizon: mål inom {0} år
              filePrefix: pilot
            """;

    private static TestSite pilot(Path dir) throws Exception {
        TestSite site = TestSite.minimal(dir);
        String plan = new String(site.files().get("plan.yaml"), StandardCharsets.UTF_8);
        return site.with("plan.yaml", plan.replace("region: Region Test\n", WORDS));
    }

    @Test
    void thePlansWordsNameItsPartsEverywhere(@TempDir Path dir) throws Exception {
        Path site = pilot(dir).build(true);

        Document home = TestSite.html(site, "index.html");
        assertThat(home.select("nav a").eachText()).contains("Faser", "Delrapporter");
        assertThat(home.select(".site-region").text()).isEqualTo("Region Jämtland Härjedalen och Region Västernorrland");
        assertThat(TestSite.html(site, "mal.html").select("h2").eachText()).contains("Mål inom 4 år", "Mål inom 8 år");
        Document followUp = TestSite.html(site, "uppfoljning-2019-11-18.html");
        assertThat(followUp.select("h2").eachText()).contains("Delrapport av insatser");
        assertThat(TestSite.html(site, "omraden.html").text()).contains("Planens faser och deras insatser, med status "
                + "enligt den senaste delrapporten.");
        for (Path page : Files.list(site).filter(p -> p.toString().endsWith(".html")).toList()) {
            String text = TestSite.html(site, page.getFileName().toString()).select("header, nav, h1, h2, th, footer").text();
            assertThat(text).as(page.getFileName().toString())
                    .doesNotContainPattern("(?iU)\\b(målområde|aktivitet|notering|uppföljning)")
                    .doesNotContain("års sikt");
        }

        assertThat(home.select("footer a[href=data/pilot.json]")).hasSize(1);
        assertThat(site.resolve("data/pilot.json")).content().contains("\"Region Västernorrland\"");
        assertThat(site.resolve("data/lup.json")).doesNotExist();
        Path pdf = site.resolve("pdf/pilot-uppfoljning-2019-11-18.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getDocumentInformation().getAuthor())
                    .isEqualTo("Region Jämtland Härjedalen och Region Västernorrland");
        }
    }

    @Test
    void everyWordHasAllFourForms(@TempDir Path dir) throws Exception {
        TestSite site = pilot(dir);
        String plan = new String(site.files().get("plan.yaml"), StandardCharsets.UTF_8);
        site.with("plan.yaml", plan.replace(", definitePlural: faserna", "").replace("inom {0} år", "inom fyra år"));

        assertThat(site.problems()).containsExactly(
                "content/plan.yaml:6:9: Nyckeln \"definitePlural\" saknas, men måste finnas här (t.ex. faserna).",
                "content/plan.yaml:10:12: \"horizon\" ska innehålla {0} där antalet år står, t.ex. mål på {0} års sikt; "
                        + "här står \"mål inom fyra år\".");
    }

    @Test
    void aPlanNamesItsPublishersOnce(@TempDir Path dir) throws Exception {
        TestSite site = pilot(dir);
        String plan = new String(site.files().get("plan.yaml"), StandardCharsets.UTF_8);
        site.with("plan.yaml", "region: Region Test\n" + plan);

        assertThat(site.problems()).containsExactly("content/plan.yaml:1:1: plan.yaml har både region och publishers. "
                + "Skriv den som ger ut planen på ett ställe: som publishers (en lista, en eller flera organisationer) "
                + "eller som region.");

        site.with("plan.yaml", plan.replace(plan.substring(plan.indexOf("publishers:"), plan.indexOf("words:")), ""));
        assertThat(site.problems()).containsExactly("content/plan.yaml:1:1: Vem som ger ut planen saknas. Skriv region: "
                + "Region Exempel, eller publishers: med en organisation per rad om planen har flera.");
    }
}
