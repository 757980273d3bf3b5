package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import lupsite.testsupport.TestSite;

/**
 * A page with {@code pdf: true} and the pages under it as a PDF of their own: cover, contents, bookmarks, links
 * inside the PDF and to the site, PDF/UA-1 and PDF/A-2a. The report is invented.
 */
class PagePdfTest {

    static final String PDF = "pdf/sida-kartlaggning.pdf";

    @TempDir
    static Path dir;

    static Path site;

    /** A report (invented) with two councils' chapters, the second with a section of its own. */
    static TestSite report(Path root) {
        return TestSite.minimal(root)
                .with("pages/kartlaggning.md", """
                        ---
                        title: Kartläggning 2019
                        summary: Hur länen arbetar med sjukskrivningsprocessen.
                        date: 2019-06
                        pdf: true
                        ---
                        ## Bakgrund

                        Underlaget finns i [budgeten](budget.md) och bland [sjuktalen](../indicators/sjuktal.yaml).
                        Läs om [Jämtland](jamtland.md) och [Örebros resultat](orebro.md#resultat).

                        ## Metod

                        Enkäter till alla län, kallade `enkat-2019`.
                        """)
                .with("pages/jamtland.md", """
                        ---
                        title: Jämtland
                        parent: kartlaggning
                        order: 1
                        ---
                        ## Samverkan

                        Tillbaka till [metoden](kartlaggning.md#metod).
                        """)
                .with("pages/orebro.md", """
                        ---
                        title: Örebro
                        parent: kartlaggning
                        order: 2
                        ---
                        ## Resultat

                        Se [Jämtland](jamtland.md#samverkan).
                        """)
                .with("pages/orebro-bilaga.md", """
                        ---
                        title: Örebro, bilaga
                        parent: orebro
                        ---
                        Tabeller.
                        """);
    }

    @BeforeAll
    static void build() {
        site = report(dir).build(true).toAbsolutePath();
    }

    private static List<String> outline(Iterable<PDOutlineItem> items, String indent) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : items) {
            titles.add(indent + item.getTitle());
            titles.addAll(outline(item.children(), indent + "  "));
        }
        return titles;
    }

    @Test
    void theReportAndItsChaptersAreOnePdfWithCoverContentsAndBookmarks() throws IOException {
        try (PDDocument document = Loader.loadPDF(site.resolve(PDF).toFile())) {
            // Cover, contents, the report's own text, then a page for each chapter in order.
            assertThat(document.getNumberOfPages()).isEqualTo(6);
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertThat(cover.getText(document)).isEqualTo("""
                    Region Test
                    Kartläggning 2019
                    Hur länen arbetar med sjukskrivningsprocessen.
                    2019-06
                    """);
            PDFTextStripper contents = new PDFTextStripper();
            contents.setStartPage(2);
            contents.setEndPage(2);
            assertThat(contents.getText(document).lines().map(l -> l.replaceAll(" +\\.+ ", " ")).toList())
                    .containsExactly("Kartläggning 2019", "Sida 2 av 6", "Innehåll", "Bakgrund 3", "Metod 3",
                            "Jämtland 4", "Samverkan 4", "Örebro 5", "Resultat 5", "Örebro, bilaga 6");
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(3);
            text.setEndPage(3);
            assertThat(text.getText(document)).as("code in the text font").contains("enkat-2019");
            assertThat(outline(document.getDocumentCatalog().getDocumentOutline().children(), "")).containsExactly(
                    "Kartläggning 2019", "  Innehåll", "  Bakgrund", "  Metod", "Jämtland", "  Samverkan", "Örebro",
                    "  Resultat", "Örebro, bilaga");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Kartläggning 2019");
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .hasToString("2019-06-01T00:00:00Z");
        }
    }

    /**
     * The contents lead to each chapter's and section's page; links between the report's pages stay inside the
     * PDF, to the section named; links to the rest of the site lead beside {@code pdf/} (PdfLinksTest opens them).
     */
    @Test
    void linksInsideTheDocumentStayInTheDocumentAndOthersLeadToTheSite() throws IOException {
        List<String> links = PdfLinksTest.links(site.resolve(PDF));
        // Each line of the contents is a link twice over (its text and its leader).
        assertThat(links.subList(0, 14)).containsExactly("#page 3", "#page 3", "#page 3", "#page 3", "#page 4",
                "#page 4", "#page 4", "#page 4", "#page 5", "#page 5", "#page 5", "#page 5", "#page 6", "#page 6");
        // Page 3: budget, sjuktal, Jämtland, Örebro#resultat; 4: kartlaggning#metod; 5: jamtland#samverkan.
        assertThat(links.subList(14, links.size())).containsExactly("../sida-budget.html",
                "../indikator-sjuktal.html", "#page 4", "#page 5", "#page 3", "#page 4");
    }

    @Test
    void passesVeraPdfForPdfUa1AndPdfA2a() throws IOException {
        byte[] pdf = Files.readAllBytes(site.resolve(PDF));
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
            VeraPdf.Report report = VeraPdf.validate(pdf, flavour);
            assertThat(report.failedRules()).as(report.toString()).isEmpty();
            assertThat(report.compliant()).as(report.toString()).isTrue();
        }
    }

    /** Every page of the report links the report's PDF; a page outside it links none. */
    @Test
    void everyPageOfTheReportLinksItsPdf() throws IOException {
        for (String page : List.of("sida-kartlaggning.html", "sida-jamtland.html", "sida-orebro-bilaga.html")) {
            Document html = TestSite.html(site, page);
            assertThat(html.select("a[href=" + PDF + "]").eachText()).as(page)
                    .containsExactly("Ladda ner Kartläggning 2019 som PDF");
        }
        assertThat(TestSite.html(site, "sida-budget.html").select("a[href$=.pdf]").eachAttr("href"))
                .containsExactly("pdf/lup-uppfoljning-2019-11-18.pdf");
        try (Stream<Path> files = Files.list(site.resolve("pdf"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("lup-uppfoljning-2019-11-18.pdf", "sida-kartlaggning.pdf");
        }
    }
}
