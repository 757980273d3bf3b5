package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.BundledSite;
import lupsite.testsupport.TestSite;

/**
 * Every link annotation of every built PDF (the council PDFs and a page's own) leads somewhere: to a page of the
 * same PDF, to a web or e-mail address, or to a file of the site beside {@code pdf/}. Deeper headings of attached pages are never below 10 pt;
 * a chart never breaks across pages.
 */
class PdfLinksTest {

    @TempDir
    Path dir;

    /** What each link of the PDF leads to: "#page N" inside it, or the URI as written. */
    static List<String> links(Path pdf) throws IOException {
        List<String> links = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    PDAction action = link.getAction();
                    PDDestination destination = action instanceof PDActionGoTo goTo ? goTo.getDestination()
                            : link.getDestination();
                    if (destination instanceof PDNamedDestination named) {
                        destination = document.getDocumentCatalog().findNamedDestinationPage(named);
                    }
                    if (destination instanceof PDPageDestination target) {
                        links.add("#page " + (target.retrievePageNumber() + 1));
                    } else if (action instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    } else {
                        links.add("nowhere: " + action + " " + destination);
                    }
                }
            }
        }
        return links;
    }

    /**
     * A link that is neither inside the PDF nor a web or e-mail address must name a file of the site: relative to
     * {@code pdf/}, or absolute from {@code baseUrl} (null when the site has none), which stands for the site's root.
     */
    private static void assertEveryLinkResolves(Path site, Path pdf, String baseUrl) throws IOException {
        for (String link : links(pdf)) {
            Path file;
            if (baseUrl != null && link.startsWith(baseUrl)) {
                file = site.resolve(URI.create(link.substring(baseUrl.length())).getPath());
            } else if (link.startsWith("#page ") || link.startsWith("https://") || link.startsWith("http://")
                    || link.startsWith("mailto:")) {
                continue;
            } else {
                assertThat(link).as(pdf.getFileName() + " links " + link).startsWith("../");
                file = pdf.getParent().resolve(URI.create(link).getPath());
            }
            assertThat(file.normalize()).as(pdf.getFileName() + " links " + link).startsWith(site).isRegularFile();
        }
    }

    @Test
    void everyLinkOfEveryBundledPdfResolves() throws IOException {
        assertEveryLinkOfEveryPdfResolves(BundledSite.site().toAbsolutePath(), null);
    }

    /** A site with a page's own PDF beside the council's (PagePdfTest's invented report). */
    @Test
    void everyLinkOfEveryPdfOfASiteWithAPagesPdfResolves() throws IOException {
        Path site = PagePdfTest.report(dir).build(true).toAbsolutePath();
        assertThat(site.resolve(PagePdfTest.PDF)).isRegularFile();
        assertEveryLinkOfEveryPdfResolves(site, null);
    }

    /**
     * With a baseUrl in site.yaml, links to site pages outside the PDF are absolute from it, in the council PDF and
     * in a page's own; links to what the PDF holds stay inside it.
     */
    @Test
    void withABaseUrlLinksToTheSiteAreAbsolute() throws IOException {
        String base = "https://intra.example.se/planer/";
        Path site = PagePdfTest.report(dir).appending("followups/2019-11-18/followup.yaml", "pages: [budget]\n")
                .with("site.yaml", "baseUrl: " + base + "\n").build(true).toAbsolutePath();
        assertEveryLinkOfEveryPdfResolves(site, base);
        assertThat(links(site.resolve(PagePdfTest.PDF))).contains("#page 4", base + "sida-budget.html",
                base + "indikator-sjuktal.html").noneMatch(link -> link.startsWith("../"));
        assertThat(links(site.resolve("pdf/lup-uppfoljning-2019-11-18.pdf"))).noneMatch(link -> link.startsWith("../"));
    }

    /** A site of several plans names each plan's pages by its id: its PDFs' links follow (the report's own too). */
    @Test
    void everyLinkOfEveryPdfOfTheExampleOfSeveralPlansResolves() throws IOException {
        Path site = TestSite.buildFrom(Path.of("examples/flera-planer"), dir.resolve("site"), true).toAbsolutePath();
        assertThat(site.resolve(SiteUrls.pagePdf("kartlaggning"))).isRegularFile();
        assertEveryLinkOfEveryPdfResolves(site, null);
    }

    private static void assertEveryLinkOfEveryPdfResolves(Path site, String baseUrl) throws IOException {
        try (Stream<Path> pdfs = Files.list(site.resolve("pdf"))) {
            List<Path> files = pdfs.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
            assertThat(files).isNotEmpty();
            for (Path pdf : files) {
                assertThat(links(pdf)).as(pdf.getFileName().toString()).isNotEmpty();
                assertEveryLinkResolves(site, pdf, baseUrl);
            }
        }
    }

    @Test
    void linksToPagesInThePdfStayInsideAndOthersLeadToTheSite() throws IOException {
        Path site = TestSite.minimal(dir)
                .appending("followups/2019-11-18/followup.yaml", "pages: [rapport]\n")
                .with("pages/rapport.md", """
                        ---
                        title: Kartläggning
                        order: 2
                        ---
                        Se [Örebro](#orebro), [budgeten](budget.md), [sjuktalen](../indicators/sjuktal.yaml),
                        [området](../areas/01-rehabilitering.md) och [Jämtland](rapport.md#jamtland).

                        ## Jämtland {#jamtland}

                        ## Örebro {#orebro}

                        #### Åtgärder

                        ##### Detaljer

                        ###### Not
                        """).build(true).toAbsolutePath();
        Path pdf = site.resolve("pdf/lup-uppfoljning-2019-11-18.pdf");

        assertEveryLinkResolves(site, pdf, null);
        List<String> links = links(pdf);
        assertThat(links).contains("../sida-budget.html").doesNotContain("../indikator-sjuktal.html",
                "../omrade-rehabilitering.html", "../sida-rapport.html");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<Float> sizes = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (List.of("Åtgärder", "Detaljer", "Not").contains(text.strip())) {
                        sizes.add(positions.get(0).getFontSizeInPt());
                    }
                    super.writeString(text, positions);
                }
            };
            assertThat(stripper.getText(document)).doesNotContain("#\n");
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertThat(cover.getText(document)).contains("Testplan\nLägesavstämning per 2019-11-18\n");
            assertThat(sizes).hasSize(3).allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(10f));
        }
    }

    /** The pages (from 1) a structure element's content stands on. */
    private static Set<Integer> pagesOf(PDDocument document, PDStructureElement element) {
        Set<Integer> pages = new TreeSet<>();
        if (element.getPage() != null) {
            pages.add(document.getPages().indexOf(element.getPage()) + 1);
        }
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                pages.addAll(pagesOf(document, child));
            } else if (kid instanceof PDMarkedContentReference reference && reference.getPage() != null) {
                pages.add(document.getPages().indexOf(reference.getPage()) + 1);
            }
        }
        return pages;
    }

    private static void figures(PDStructureNode node, List<PDStructureElement> figures) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (element.getStructureType().equals("Figure")) {
                    figures.add(element);
                }
                figures(element, figures);
            }
        }
    }

    /** A chart (its legend is drawn in it) stands on one page with its caption, in every bundled PDF. */
    @Test
    void everyChartStandsOnOnePageWithItsCaption() throws IOException {
        try (Stream<Path> pdfs = Files.list(BundledSite.site().resolve("pdf"))) {
            for (Path pdf : pdfs.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    List<PDStructureElement> figures = new ArrayList<>();
                    figures(document.getDocumentCatalog().getStructureTreeRoot(), figures);
                    assertThat(figures).as(pdf.getFileName().toString()).isNotEmpty();
                    for (PDStructureElement figure : figures) {
                        Set<Integer> pages = pagesOf(document, figure);
                        assertThat(pages).as(pdf.getFileName() + " " + figure.getAlternateDescription()).hasSize(1);
                        PDFTextStripper stripper = new PDFTextStripper();
                        stripper.setStartPage(pages.iterator().next());
                        stripper.setEndPage(pages.iterator().next());
                        assertThat(stripper.getText(document).replace('\n', ' ')).as(pdf.getFileName().toString())
                                .containsPattern("(Linjediagram|Stapeldiagram): ");
                    }
                }
            }
        }
    }
}
