package lupsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.testsupport.TestSite;

/** Markdown nested or written past the bounds is an error where it passes them, never a StackOverflowError. */
class MarkdownLimitsTest {

    static final String TOO_DEEP = "Texten är nästlad i fler än 50 nivåer (listor i listor, citat i citat eller "
            + "betoning i betoning). Skriv den med högst 50 nivåer, till exempel som flera listor efter varandra.";

    @TempDir
    Path dir;

    /** The minimal site with a page whose text (from line 4) is {@code body}. */
    private TestSite page(String name, String body) {
        return TestSite.minimal(dir.resolve(name)).with("pages/djup.md", "---\ntitle: Djup\n---\n" + body + "\n");
    }

    private static String lines(int count, java.util.function.IntFunction<String> line) {
        return IntStream.range(0, count).mapToObj(line).collect(Collectors.joining("\n"));
    }

    @Test
    void twoThousandLevelsOfAnyKindAreAnErrorAtTheFiftyFirst() {
        assertThat(page("stjarnor", "*".repeat(2000) + "x" + "*".repeat(2000)).problems())
                .containsExactly("content/pages/djup.md:4:51: " + TOO_DEEP);
        assertThat(page("understreck", "_".repeat(2000) + "x").problems())
                .containsExactly("content/pages/djup.md:4:51: " + TOO_DEEP);
        assertThat(page("listor", "- ".repeat(2000) + "x").problems())
                .containsExactly("content/pages/djup.md:4:101: " + TOO_DEEP);
        assertThat(page("citat", "> ".repeat(2000) + "x").problems())
                .containsExactly("content/pages/djup.md:4:101: " + TOO_DEEP);
        assertThat(page("numrerade", "1. ".repeat(2000) + "x").problems())
                .containsExactly("content/pages/djup.md:4:151: " + TOO_DEEP);
        assertThat(page("betoning", "*a ".repeat(100) + "x" + " b*".repeat(100)).problems())
                .containsExactly("content/pages/djup.md:4:151: " + TOO_DEEP);
        assertThat(page("indrag", lines(500, i -> " ".repeat(2 * i) + "- punkt")).problems())
                .containsExactly("content/pages/djup.md:54:101: " + TOO_DEEP);
    }

    @Test
    void fiftyLevelsBuildAndFiftyOneAreAnError() {
        TestSite fifty = page("femtio", "- ".repeat(50) + "x");
        assertThat(fifty.problems()).isEmpty();
        assertThat(TestSite.html(fifty.build(), "sida-djup.html").select(".prose li")).hasSize(50);

        assertThat(page("femtioett", "- ".repeat(51) + "x").problems())
                .containsExactly("content/pages/djup.md:4:101: " + TOO_DEEP);
        assertThat(page("citat-i-listor", lines(51, i -> "> ".repeat(i) + "- punkt")).problems())
                .containsExactly("content/pages/djup.md:54:101: " + TOO_DEEP);
    }

    @Test
    void aLineIsAtMostTenThousandCharacters() {
        assertThat(page("rad", "Ord ".repeat(2500)).problems()).isEmpty();
        assertThat(page("lang-rad", "Kort rad.\n" + "Ord ".repeat(2500) + "slut").problems())
                .containsExactly("content/pages/djup.md:5:10001: Raden är 10 004 tecken lång; högst 10 000 går. Dela "
                        + "upp den på flera rader: en radbrytning inne i ett stycke syns inte på sidan, det blir ett "
                        + "mellanslag.");
        assertThat(page("klammer", "[".repeat(2000) + "x" + "](a)".repeat(2000)).problems())
                .containsExactly("content/pages/djup.md:4:10001: Raden är 10 001 tecken lång; högst 10 000 går. Dela "
                        + "upp den på flera rader: en radbrytning inne i ett stycke syns inte på sidan, det blir ett "
                        + "mellanslag.");
    }

    @Test
    void aDividingLineOfMoreThanFiftyCharactersIsAnError() {
        assertThat(page("linje", "Text\n\n" + "-".repeat(50)).problems()).isEmpty();
        assertThat(page("lang-linje", "Text\n\n" + "- ".repeat(2000)).problems())
                .containsExactly("content/pages/djup.md:6:101: Raden har fler än 50 tecken -, * eller _ i följd. En "
                        + "avdelande linje skrivs med tre: ---");
    }

    /** In a YAML text the position counts from where the text stands in the file. */
    @Test
    void inYamlTheErrorStandsWhereTheTextDoes() {
        TestSite site = TestSite.minimal(dir.resolve("yaml"));
        String followUp = new String(site.files().get("followups/2019-11-18/followup.yaml"),
                java.nio.charset.StandardCharsets.UTF_8);
        site.with("followups/2019-11-18/followup.yaml", followUp.replace("comment: Skillnaden har minskat.",
                "comment: |\n      Skillnaden:\n      " + "> ".repeat(60) + "mindre"));

        assertThat(site.problems()).containsExactly("content/followups/2019-11-18/followup.yaml:11:107: " + TOO_DEEP);
    }

    @Test
    void buildStopsAtTheSameError() throws Exception {
        Problems problems = new Problems();
        Path content = page("bygge", "_".repeat(2000) + "x").write();

        assertThat(Pipeline.build(new Pipeline.Options(content, TestSite.TEMPLATES, dir.resolve("site"), false),
                problems)).isEmpty();
        assertThat(problems.all()).extracting(p -> p.format("content/"))
                .containsExactly("content/pages/djup.md:4:51: " + TOO_DEEP);
    }
}
