package lupsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.load.SourceReader;
import lupsite.testsupport.TestSite;

/** What editors' files may hold that must not hurt: other encodings and line endings, bombs, huge files, raw HTML. */
class InputHygieneTest {

    @Test
    void bomAndCrlfGiveTheSameSiteAsLf(@TempDir Path dir) throws IOException {
        TestSite lf = TestSite.minimal(dir.resolve("lf"));
        TestSite windows = TestSite.minimal(dir.resolve("windows"));
        for (Map.Entry<String, byte[]> file : lf.files().entrySet()) {
            String text = new String(file.getValue(), StandardCharsets.UTF_8).replace("\n", "\r\n");
            windows.withBytes(file.getKey(), ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        }

        assertThat(TestSite.snapshot(windows.build())).isEqualTo(TestSite.snapshot(lf.build()));
    }

    @Test
    void billionLaughsFailsAtItsFirstAnchorWithoutExhaustingMemory(@TempDir Path dir) {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ",").append('*').append((char) (c - 1));
            }
            bomb.append("]\n");
        }
        TestSite site = TestSite.minimal(dir).with("goals.yaml", bomb.toString());

        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), site::problems);

        assertThat(problems).containsExactly(
                "content/goals.yaml:1:4: YAML-ankare (&namn) stöds inte i innehållsfiler. Ta bort &-markeringen.");
    }

    @Test
    void deepNestingFailsWithALocatedError(@TempDir Path dir) {
        String deep = "goals: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> TestSite.minimal(dir).with("goals.yaml", deep).problems());

        assertThat(problems).containsExactly(
                "content/goals.yaml:1:57: Strukturen är nästlad djupare än 50 nivåer. Kontrollera indragen.");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead(@TempDir Path dir) {
        String huge = "title: Budget\n# " + "x".repeat((int) SourceReader.MAX_BYTES) + "\n";

        List<String> problems = TestSite.minimal(dir).with("pages/budget.md", "---\n" + huge + "---\n").problems();

        assertThat(problems).containsExactly("content/pages/budget.md:1:1: Filen är för stor (2048 kB). En "
                + "innehållsfil får vara högst 2048 kB; dela upp texten eller kontrollera att rätt fil har sparats här.");
    }

    @Test
    void rawHtmlInMarkdownNeverReachesTheSite(@TempDir Path dir) throws IOException {
        String attack = """
                <script>alert(1)</script>

                <img src="x" onerror="alert(2)">

                <iframe src="https://example.org/"></iframe>

                <a href="javascript:alert(3)">klicka</a> och <span onclick="alert(4)">text</span>
                <svg onload="alert(5)"></svg> <object data="x.swf"></object>
                """;
        Path site = TestSite.minimal(dir)
                .with("pages/budget.md", "---\ntitle: Budget 2019\n---\n" + attack)
                .with("areas/01-rehabilitering.md", """
                        ---
                        id: rehabilitering
                        title: Samordnad rehabilitering
                        activities:
                          - id: rutiner
                            text: Ta fram <b onmouseover="alert(6)">rutiner</b>.
                          - id: utbildning
                            text: Utbilda.
                        ---
                        """ + attack)
                .build();

        List<String> found = new ArrayList<>();
        for (Path page : htmlPages(site)) {
            Document html = TestSite.html(site, page.toString());
            for (Element element : html.getAllElements()) {
                boolean generatedChart = element.tagName().equals("svg") && element.hasClass("chart")
                        && element.parent().hasClass("chart-figure");
                // The templates' own scripts (search) load from assets/; nothing from content may.
                boolean templateScript = element.is("script[src^=assets/]") && element.data().isEmpty();
                if (List.of("script", "iframe", "object", "embed", "svg").contains(element.tagName())
                        && !generatedChart && !templateScript) {
                    found.add(page + ": <" + element.tagName() + ">");
                }
                for (Attribute attribute : element.attributes()) {
                    if (attribute.getKey().startsWith("on") || attribute.getValue().strip().toLowerCase().startsWith("javascript:")) {
                        found.add(page + ": " + attribute);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
        assertThat(TestSite.html(site, "sida-budget.html").select("main").text())
                .contains("<script>alert(1)</script>", "<iframe src=\"https://example.org/\"></iframe>");
        assertThat(TestSite.html(site, "omrade-rehabilitering.html").select("main").text())
                .contains("Ta fram <b onmouseover=\"alert(6)\">rutiner</b>.");
    }

    private static List<Path> htmlPages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(site::relativize).sorted().toList();
        }
    }
}
