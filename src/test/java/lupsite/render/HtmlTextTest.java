package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.derive.Derived;
import lupsite.load.SourceTree;
import lupsite.markdown.MarkdownParser;
import lupsite.model.Markdown;
import lupsite.model.Position;
import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.testsupport.TestSite;

/** The search index's text of rendered Markdown must be jsoup's, whatever the Markdown was. */
class HtmlTextTest {

    @TempDir
    Path temp;

    @Test
    void theTextOfEveryRenderedTextOfTheBundledAndGeneratedContentIsJsoups() throws Exception {
        List<String> html = new ArrayList<>();
        for (Pipeline.Checked checked : TestSite.bundledAndGenerated(temp, 200, 9)) {
            MarkdownHtml markdown = markdownHtml(checked.derived(), checked.parser());
            checked.derived().content().markdown().map(markdown::html).forEach(html::add);
        }

        assertThat(html).hasSizeGreaterThan(500)
                .anyMatch(h -> h.contains("<table")).anyMatch(h -> h.contains("<li>"))
                .allSatisfy(h -> assertThat(HtmlText.of(h)).as(h).isEqualTo(Jsoup.parseBodyFragment(h).text()));
    }

    @Test
    void theTextOfRandomMarkdownIsJsoups() throws Exception {
        Pipeline.Checked checked = Pipeline.check(Path.of("content"), new Problems()).orElseThrow();
        MarkdownHtml markdown = markdownHtml(checked.derived(), checked.parser());
        // Mostly Markdown syntax and prose; now and then what jsoup has rules of its own for.
        String common = "ab åé \n\n*_[]()#->|`&<\"'1.:!";
        String rare = "\u00a0\u00ad\u200b😀\t\u0001";
        Random random = new Random(3);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder source = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                String from = random.nextInt(20) == 0 ? rare : common;
                source.append(from.charAt(random.nextInt(from.length())));
            }
            String html = markdown.html(new Markdown(source.toString(), new Position("pages/x.md", 1, 1)));

            assertThat(HtmlText.of(html)).as(html).isEqualTo(Jsoup.parseBodyFragment(html).text());
        }
    }

    @Test
    void aNoncharacterEndsTheTextAsItEndsJsoupsInput() throws Exception {
        Pipeline.Checked checked = Pipeline.check(Path.of("content"), new Problems()).orElseThrow();
        MarkdownHtml markdown = markdownHtml(checked.derived(), checked.parser());
        for (String source : List.of("\uffff", "a\n\n- \uffff", "a\uffff\n\n\uffffb")) {
            String html = markdown.html(new Markdown(source, new Position("pages/x.md", 1, 1)));

            assertThat(HtmlText.of(html)).as(html).isEqualTo(Jsoup.parseBodyFragment(html).text());
        }
    }

    private static MarkdownHtml markdownHtml(Derived derived, MarkdownParser parser) throws Exception {
        return new MarkdownHtml(parser, SiteUrls.of(List.of(derived.content())).get(0), derived, derived.current(),
                Messages.load(SourceTree.scan(Path.of("templates"), "templates"), "sv"), new PageHeadings());
    }
}
