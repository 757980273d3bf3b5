package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import lupsite.model.Content;
import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.testsupport.TestSite;

/** The bundled follow-up's council PDF: accessible, archival, searchable, and the same bytes every time. */
class CouncilPdfTest {

    static final Path CONTENT = Path.of("content");

    @TempDir
    static Path dir;

    static Content content;
    static Path site;
    static Path pdfFile;
    static byte[] pdf;

    @BeforeAll
    static void build() throws Exception {
        Problems problems = new Problems();
        content = Pipeline.check(CONTENT, problems).orElseThrow().derived().content();
        site = dir.resolve("site");
        assertThat(Pipeline.build(new Pipeline.Options(CONTENT, TestSite.TEMPLATES, site, true), problems)).isPresent();
        pdfFile = site.resolve("pdf/lup-uppfoljning-" + content.latestFollowUp().orElseThrow().date() + ".pdf");
        pdf = Files.readAllBytes(pdfFile);
    }

    @Test
    void passesVeraPdfForPdfUa1() {
        VeraPdf.Report report = VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1);
        assertThat(report.failedRules()).as(report.toString()).isEmpty();
        assertThat(report.compliant()).isTrue();
    }

    /** The earlier follow-up is partial (no statuses): its PDF must pass both profiles just the same. */
    @Test
    void everyFollowUpsPdfPassesBothProfiles() throws IOException {
        try (Stream<Path> pdfs = Files.list(site.resolve("pdf"))) {
            List<Path> files = pdfs.sorted().toList();
            assertThat(files).hasSize(content.followUps().size());
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
                    VeraPdf.Report report = VeraPdf.validate(bytes, flavour);
                    assertThat(report.failedRules()).as(file.getFileName() + " " + report).isEmpty();
                }
            }
        }
    }

    @Test
    void passesVeraPdfForTheDeclaredPdfAPart() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>",
                    "<pdfuaid:part>1</pdfuaid:part>");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sv-SE");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("LUP för minskad sjukskrivning och ökade frisktal – Lägesavstämning per 2019-11-18");
        }
        VeraPdf.Report report = VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A);
        assertThat(report.failedRules()).as(report.toString()).isEmpty();
    }

    /** Anyone holding the PDF can tell which release of the program made it. */
    @Test
    void theProgramAndItsVersionMadeThePdf() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8");
            assertThat(document.getDocumentInformation().getCreator()).isEqualTo(Generator.NAME);
            assertThat(document.getDocumentInformation().getProducer()).startsWith(Generator.NAME + " (openhtmltopdf ");
            assertThat(xmp).contains("<xmp:CreatorTool>" + Generator.NAME + "</xmp:CreatorTool>",
                    "<pdf:Producer>" + Generator.NAME + " (openhtmltopdf ");
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        List<String> rows = run("pdffonts", pdfFile.toString()).lines().skip(2).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.split("\\s+"))
                .as(row).containsSubsequence("yes", "yes", "yes"));
        assertThat(rows).allMatch(row -> row.contains("NotoSans") || row.contains("DejaVuSans"));
    }

    @Test
    void pdftotextGivesEveryGoalAreaActivityAndNoteExactly() throws Exception {
        for (String mode : new String[] {"-raw", "-enc"}) {
            String text = mode.equals("-raw") ? run("pdftotext", "-raw", pdfFile.toString(), "-")
                    : run("pdftotext", "-enc", "UTF-8", pdfFile.toString(), "-");
            assertThat(text.chars()).as("no ligature characters").noneMatch(c -> c >= 0xFB00 && c <= 0xFB06);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as("å, ä, ö precomposed").isTrue();
            String flat = normalise(text.replace("•", " "));
            List<String> missing = new ArrayList<>();
            for (String expected : expectedTexts()) {
                if (!flat.contains(normalise(expected))) {
                    missing.add(expected);
                }
            }
            assertThat(missing).as("missing from pdftotext " + mode).isEmpty();
        }
    }

    @Test
    void everyHeadingIsABookmark() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            collect(document.getDocumentCatalog().getDocumentOutline().children(), titles);
            assertThat(titles).contains("Innehåll", "Teckenförklaring", "Sammanfattning", "Måluppföljning",
                    "Uppföljning av aktiviteter", "Indikatorer");
            assertThat(titles).containsAll(content.areas().stream().map(a -> a.title()).toList());
        }
    }

    @Test
    void twoBuildsGiveTheSameBytes() throws Exception {
        Path again = dir.resolve("again");
        assertThat(Pipeline.build(new Pipeline.Options(CONTENT, TestSite.TEMPLATES, again, true), new Problems()))
                .isPresent();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readAllBytes(again.resolve(site.relativize(file))))
                        .as(site.relativize(file).toString()).isEqualTo(Files.readAllBytes(file));
            }
        }
    }

    private static void collect(Iterable<PDOutlineItem> items, List<String> titles) {
        for (PDOutlineItem item : items) {
            titles.add(item.getTitle());
            collect(item.children(), titles);
        }
    }

    /** Goal texts, area titles, activity texts and every comment and note, as the site shows them. */
    private static List<String> expectedTexts() {
        List<String> texts = new ArrayList<>();
        var followUp = content.latestFollowUp().orElseThrow();
        content.goals().forEach(g -> texts.add(g.text()));
        content.areas().forEach(a -> texts.add(a.title()));
        Stream.concat(content.activities().map(a -> a.text().source()),
                Stream.concat(followUp.goals().stream(), followUp.activities().stream()).map(a -> a.text().source()))
                .forEach(markdown -> texts.addAll(paragraphs(markdown)));
        return texts;
    }

    /** Each paragraph and list item of a Markdown text as plain text (a PDF page may break between them). */
    private static List<String> paragraphs(String markdown) {
        var html = Jsoup.parse(new MarkdownHtml(new lupsite.markdown.MarkdownParser(), null, null, null,
                        TestSite.messages("sv"), new PageHeadings())
                .html(new lupsite.model.Markdown(markdown, lupsite.model.Position.ofFile("x.md"))));
        return html.select("p, li").stream().map(e -> e.ownText()).filter(t -> !t.isBlank()).toList();
    }

    private static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), "UTF-8");
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
