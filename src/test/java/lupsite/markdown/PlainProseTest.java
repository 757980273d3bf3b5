package lupsite.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

import lupsite.model.Markdown;
import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.sample.SampleGenerator;
import lupsite.testsupport.TestSite;

/** The fast path must give flexmark's HTML exactly, or not be taken. */
class PlainProseTest {

    /** flexmark as the site renders content, with tables always on: the reference. */
    private static final Parser FLEXMARK = Parser.builder(MarkdownParser.OPTIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder(new MutableDataSet(MarkdownParser.OPTIONS)
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SOFT_BREAK, "\n")).build();

    @TempDir
    Path temp;

    @Test
    void plainTextsOfTheBundledAndGeneratedContentGetFlexmarksHtml() throws IOException {
        List<String> texts = TestSite.bundledAndGenerated(temp, 200, 3).stream()
                .flatMap(checked -> checked.derived().content().markdown()).map(Markdown::source).toList();

        List<String> plain = texts.stream().filter(PlainProse::isPlain).toList();

        assertThat(plain).allSatisfy(text -> assertThat(PlainProse.html(text)).isEqualTo(flexmark(text)));
        // Most notes are plain prose, or the fast path would not be worth having; the others go to flexmark.
        assertThat(plain.size()).isGreaterThan(texts.size() / 2).isLessThan(texts.size());
    }

    @Test
    void textsWithoutAPipeParseAsWithTheTablesExtension() throws IOException {
        Path generated = temp.resolve("content");
        SampleGenerator.generate(100, 2, 5, generated);
        MarkdownParser parser = new MarkdownParser();
        List<Markdown> texts = Pipeline.check(generated, new Problems()).orElseThrow().derived().content().markdown()
                .filter(m -> !m.isBlank() && !PlainProse.isPlain(m.source()) && m.source().indexOf('|') < 0).toList();

        assertThat(texts).isNotEmpty()
                .allSatisfy(m -> assertThat(HTML.render(parser.parse(m))).isEqualTo(flexmark(m.source())));
    }

    @Test
    void edgeCasesAreEitherLeftToFlexmarkOrRenderedTheSame() {
        List<String> cases = List.of(
                "En rad.", "En rad.\n", "\n\nEfter tomma rader.\n\n\n", "Första stycket.\n\nAndra stycket.\nSamma stycke.",
                "Citat \"så här\" och 'så här'.", "AT- och ST-läkare", "Mål 1: 3,0 → -1,7 (4,7 %)", "Vad händer?! Jo.",
                "Stycke.\n\n- ett\n- två", "Stycke:\n- ett\n- två\n\nSlut.", "- ett\n- två\n\nSlut.",
                "- ett\n\n- två", "- ett\nfortsätter", "- ett\n  fortsätter", "- - inne", "- 1. inne", "-  två mellanslag",
                "- ", "-utan mellanslag", "* punkt", "+ punkt", "- ett \n- två",
                "Slutar med mellanslag ", "Två mellanslag  \nny rad", "  indragen", "    kod", "1. lista", "2019 var ett år",
                "# Rubrik", "Rubrik\n===", "Rubrik\n---", "> citat", "~~~\nkod\n~~~",
                "a | b\n--|--\n1 | 2", "*kursiv*", "_kursiv_", "[länk](a.md)", "<b>html</b>", "&amp; &copy;", "a\\\nb",
                "`kod`", "https://example.se", "tab\there", "{{mal:1}}", "rad\r\nrad", "noll\u0000tecken", "x\n\n \ny");
        for (String text : cases) {
            if (PlainProse.isPlain(text)) {
                assertThat(PlainProse.html(text)).as(text).isEqualTo(flexmark(text));
            }
        }
        assertThat(cases.stream().filter(PlainProse::isPlain))
                .containsExactly("En rad.", "En rad.\n", "\n\nEfter tomma rader.\n\n\n",
                        "Första stycket.\n\nAndra stycket.\nSamma stycke.", "Citat \"så här\" och 'så här'.",
                        "AT- och ST-läkare", "Mål 1: 3,0 → -1,7 (4,7 %)", "Vad händer?! Jo.",
                        "Stycke.\n\n- ett\n- två", "Stycke:\n- ett\n- två\n\nSlut.", "- ett\n- två\n\nSlut.",
                        "https://example.se", "{{mal:1}}");
    }

    @Test
    void anItemOfALineSeparatorAloneIsLeftToFlexmark() {
        // flexmark's patterns end a line at NEL, U+2028 and U+2029 ($), so "- " and one of them under a
        // paragraph underlines it as a heading.
        for (String text : List.of("Rubrik\n- \u2028", "Rubrik\n- \u2029", "Rubrik\n- \u0085", "Rubrik\n- \u2028\n\nText.")) {
            assertThat(flexmark(text)).startsWith("<h2>");
            assertThat(PlainProse.isPlain(text)).as(text).isFalse();
        }
    }

    @Test
    void randomTextIsEitherLeftToFlexmarkOrRenderedTheSame() {
        // Pieces rather than characters, so that list items, blank lines and paragraphs meet in every order.
        List<String> common = List.of("ord", "å", " ", ".", ",", "\"", "'", "!", ":", "–", "\n", "\n", "\n\n", "\n- ", "- ",
                "-", "\u00a0");
        String rare = "0123456789#-+=~*_[]<>&|\\`{}\t\r ";
        Random random = new Random(42);
        int plain = 0;
        int lists = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(16); i > 0; i--) {
                if (random.nextInt(10) == 0) {
                    text.append(rare.charAt(random.nextInt(rare.length())));
                } else {
                    text.append(common.get(random.nextInt(common.size())));
                }
            }
            String source = text.toString();
            if (PlainProse.isPlain(source) && !source.isBlank()) {
                plain++;
                lists += source.contains("- ") ? 1 : 0;
                assertThat(PlainProse.html(source)).as(source).isEqualTo(flexmark(source));
            }
        }
        assertThat(plain).isGreaterThan(3_000);
        assertThat(lists).isGreaterThan(500);
    }

    private static String flexmark(String source) {
        return HTML.render(FLEXMARK.parse(source));
    }
}
