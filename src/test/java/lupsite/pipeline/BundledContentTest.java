package lupsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.model.Content;
import lupsite.problem.Problems;
import lupsite.render.SiteUrls;
import lupsite.testsupport.BundledSite;
import lupsite.testsupport.TestSite;

/** The region's real follow-up, built as shipped, checked against the model and against the seed text. */
class BundledContentTest {

    static final Path CONTENT = Path.of("content");
    /** A copy of ../shared/seeds/000: the source document, kept with the test so a clone can run it alone. */
    static final Path SEED = Path.of("src/test/resources/seeds/000_64704527b52eba8f.txt");

    @TempDir
    static Path dir;

    static Content content;
    static Path site;
    static String siteText;

    @BeforeAll
    static void build() throws Exception {
        Problems problems = new Problems();
        content = Pipeline.check(CONTENT, problems).orElseThrow().derived().content();
        assertThat(problems.all()).extracting(p -> p.format("content/"))
                .containsExactlyElementsOf(BundledSite.UNFILLED_STATEMENT);
        site = dir.resolve("site");
        assertThat(Pipeline.build(new Pipeline.Options(CONTENT, TestSite.TEMPLATES, site, true), problems)).isPresent();
        try (Stream<Path> pages = Files.list(site)) {
            siteText = pages.filter(p -> p.toString().endsWith(".html")).sorted()
                    .map(p -> TestSite.html(site, p.getFileName().toString()).body().text())
                    .map(BundledContentTest::normalise).collect(Collectors.joining(" "));
        }
    }

    @Test
    void theSeedHasSixGoalsEightAreasAndThirtyActivities() {
        assertThat(content.goals()).hasSize(6).allMatch(g -> g.horizon() == 4);
        assertThat(content.areas()).hasSize(8);
        assertThat(content.activities()).hasSize(30);
        assertThat(content.followUps()).isNotEmpty();
    }

    @Test
    void everyGoalAppearsWithItsStatusOnTheGoalsPage() {
        Document goals = TestSite.html(site, "mal.html");
        var latest = content.latestFollowUp().orElseThrow();
        for (var goal : content.goals()) {
            var article = goals.getElementById("mal-" + goal.id());
            assertThat(article).as(goal.id()).isNotNull();
            assertThat(article.select("h3").text()).isEqualTo(goal.text());
            assertThat(article.select(".goal-status .status").text())
                    .startsWith(latest.goal(goal.id()).orElseThrow().status().orElseThrow().symbol() + " "
                            + latest.goal(goal.id()).orElseThrow().status().orElseThrow().label());
        }
    }

    @Test
    void everyActivityAppearsWithItsStatusAndNoteOnItsAreaPage() {
        var latest = content.latestFollowUp().orElseThrow();
        for (var area : content.areas()) {
            Document page = TestSite.html(site, "omrade-" + area.id() + ".html");
            assertThat(page.select("h1").text()).isEqualTo(area.title());
            for (var activity : area.activities()) {
                var row = page.getElementById("aktivitet-" + activity.id());
                var assessment = latest.activity(activity.id()).orElseThrow();
                assertThat(row).as(activity.id()).isNotNull();
                assertThat(row.select(".activity-status").text()).startsWith(assessment.status().orElseThrow().symbol() + " "
                        + assessment.status().orElseThrow().label());
                assertThat(normalise(row.select(".activity-note").text()))
                        .isEqualTo(normalise(Jsoup.parse(markdownText(assessment.text().source())).text()));
            }
        }
    }

    /**
     * Every sentence of seed 000 is on the site word for word. The PDF extraction ran headings, table headers
     * and the two columns into the sentences, so a sentence counts as present when it splits into at most
     * four runs of words that each are on the site (a heading, then the sentence, say). The extraction's own
     * debris (the garbled title, the legend whose symbols were lost, column headers) is listed and skipped.
     */
    @Test
    void everySentenceOfTheSeedIsOnTheSite() throws IOException {
        String seed = normalise(Files.readString(SEED, StandardCharsets.UTF_8))
                .replace("Uppföö ljning LUP föö r minskad sjukskrivning öch öökade frisktal", "")
                .replace("= Uppfyllt = Delvis uppfyllt = Ej uppfyllt", "")
                .replace("Lägesavstämning per 2019-11-28", "")   // the goal table's column header (sic)
                .replace("Aktivitet Lägesrapport 2019-11-18", "")  // the activity tables' column headers
                .replace("Aktivitet Notering", "")
                .replaceAll("(\\p{L})- (?!och )(\\p{Ll})", "$1-$2")   // a word hyphenated at a line break
                .replaceAll(" - (?=\\p{Lu})", " ");             // a list bullet
        List<String> missing = Stream.of(seed.split("(?<=[.;:])\\s+"))
                .map(String::strip)
                .filter(s -> s.split(" ").length >= 4)
                .filter(s -> runsOnSite(s.split(" ")) > 4)
                .toList();
        assertThat(missing).isEmpty();
    }

    /** How many maximal runs of consecutive words, each found on the site, cover the sentence. */
    private static int runsOnSite(String[] words) {
        int runs = 0;
        int start = 0;
        while (start < words.length) {
            int end = start;
            while (end < words.length && siteText.contains(String.join(" ", List.of(words).subList(start, end + 1)))) {
                end++;
            }
            if (end == start) {
                return Integer.MAX_VALUE;
            }
            runs++;
            start = end;
        }
        return runs;
    }

    private static String markdownText(String markdown) {
        return markdown.replaceAll("(?m)^\\s*[-*] ", "").replace("**", "").replace("\\\n", " ");
    }

    static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
