package lupsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.derive.Derived;
import lupsite.pipeline.Pipeline;
import lupsite.problem.Problem;
import lupsite.problem.Problems;
import lupsite.render.MarkdownHtml;
import lupsite.render.Messages;
import lupsite.render.PageHeadings;
import lupsite.render.SiteUrls;
import lupsite.testsupport.TestSite;

/**
 * Random bytes and random Markdown (deep nesting, brackets, control characters, long lines) in the files of a
 * small site: check must answer each with problems in sentences or with success, never throw, and what it
 * accepts must render. The seed is
 * fixed, so a failure names a case that fails again the same way.
 */
class ContentFuzzTest {

    private static final long SEED = 20261203L;
    private static final int CASES = 30;

    /** Files the random bytes replace, one per case in turn. */
    private static final List<String> FILES = List.of("plan.yaml", "goals.yaml", "areas/01-rehabilitering.md",
            "followups/2019-11-18/followup.yaml", "followups/2019-11-18/summary.md", "indicators/sjuktal.yaml",
            "accessibility.yaml", "pages/budget.md");

    /** Pieces of Markdown: syntax that nests, opens, closes, links and breaks, and text between. */
    private static final List<String> PIECES = List.of("*", "**", "_", "__", "- ", "+ ", "1. ", "> ", "#", "## ",
            "[", "]", "(", ")", "![", "](../images/x.png)", "](budget.md)", "[x]: saknas.md\n", "<", ">", "&amp;",
            "&#0;", "`", "```\n", "|", "|---|", "---", "===", "\\", "{{", "}}", "{{ indikator.sjuktal.lanet.senaste }}",
            "https://", "mailto:", "javascript:", "\n", "\n\n", "   ", "\t", "\r", "\r\n", "ord", "Sjuktal ", "å",
            "😀", "\u0000", "\u001b[31m", "\u0007", "\u000b", "\u0085", "\u2028", "\u202e", "\ufeff", "\ud800");

    /** What nests when repeated at the start of a line: quotes, lists, emphasis, links, indented items. */
    private static final List<String> NESTING = List.of("> ", "- ", "* ", "1. ", "*", "_", "**", "*a ", "_a ",
            "[a ", "![a ", "> - ", "- > ", " -", "-", "***");

    private static final Messages MESSAGES = TestSite.messages("sv");

    @TempDir
    Path dir;

    @Test
    void randomContentGivesProblemsNeverAnException() {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            String name = "fall-" + n;
            TestSite site = TestSite.minimal(dir.resolve(name));
            String what;
            if (n % 3 == 0) {
                String file = FILES.get(n / 3 % FILES.size());
                site.withBytes(file, bytes(random));
                what = "random bytes in " + file;
            } else if (n % 3 == 1) {
                site.with("pages/slump.md", "---\ntitle: Slump\n---\n" + markdown(random));
                what = "random Markdown in pages/slump.md";
            } else {
                String followUp = new String(site.files().get("followups/2019-11-18/followup.yaml"),
                        StandardCharsets.UTF_8);
                String text = markdown(random).replaceAll("[\\r\\n\\u0085\\u2028]+", " ");
                site.with("followups/2019-11-18/followup.yaml", followUp.replace("comment: Skillnaden har minskat.",
                        "comment: |\n      " + text));
                what = "random Markdown in a YAML block";
            }
            try {
                Problems problems = new Problems();
                Pipeline.check(site.write(), problems).ifPresent(ContentFuzzTest::renderEveryText);
                for (Problem problem : problems.all()) {
                    String line = problem.format("content/");
                    if (!line.equals(Problem.visible(line)) || line.contains("Exception") || problem.position().line() < 1
                            || problem.position().column() < 1) {
                        failures.add(name + " (" + what + "): " + line);
                    }
                }
            } catch (Throwable e) {
                failures.add(name + " (" + what + "): " + e);
            }
        }
        assertThat(failures).isEmpty();
    }

    /** What check let through, rendered as the site renders it (the render recurses where the check does not). */
    private static void renderEveryText(Pipeline.Checked checked) {
        Derived derived = checked.derived();
        MarkdownHtml html = new MarkdownHtml(checked.parser(), SiteUrls.of(List.of(derived.content())).get(0), derived,
                derived.current(), MESSAGES, new PageHeadings());
        derived.content().markdown().forEach(html::html);
    }

    /** Up to 3,000 bytes of any value, sometimes after a valid beginning, so the parsers get past the first line. */
    private static byte[] bytes(Random random) {
        byte[] bytes = new byte[random.nextInt(3000)];
        random.nextBytes(bytes);
        if (random.nextBoolean() && bytes.length > 20) {
            byte[] start = "---\ntitle: X\n".getBytes(StandardCharsets.UTF_8);
            System.arraycopy(start, 0, bytes, 0, start.length);
        }
        return bytes;
    }

    /** Pieces at random, and now and then a line that nests one construct hundreds or thousands of times. */
    private static String markdown(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = 20 + random.nextInt(200);
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(15) == 0) {
                String nesting = NESTING.get(random.nextInt(NESTING.size()));
                text.append('\n').append(nesting.repeat(30 + random.nextInt(2000))).append("x\n");
            } else {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
        }
        return text.append('\n').toString();
    }
}
