package lupsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.problem.Problem;
import lupsite.testsupport.TestSite;

/** Control characters never reach a terminal raw from check, nor a page; one that YAML cannot hold is located. */
class ControlCharactersTest {

    @TempDir
    Path dir;

    @Test
    void inMessagesTheyAreShownEscaped() {
        TestSite key = TestSite.minimal(dir.resolve("nyckel")).with("pages/budget.md",
                "---\ntitle: Budget\n\"\\e[31m\\a\": röd\n---\nText.\n");
        assertThat(key.problems()).containsExactly("content/pages/budget.md:3:1: Okänd nyckel \"\\u001B[31m\\u0007\". "
                + "Tillåtna nycklar här: title, order, menu, parent, summary, pdf, date, downloads.");

        TestSite name = TestSite.minimal(dir.resolve("namn")).with("pages/bud\u001b[2Jget.md", "---\ntitle: B\n---\nText.\n");
        assertThat(name.problems()).containsExactly("content/pages/bud\\u001B[2Jget.md:1:1: Filnamnet "
                + "\"bud\\u001B[2Jget.md\" ska bestå av små bokstäver a–z, siffror och bindestreck (det blir sidans "
                + "adress); döp om filen till bud-2jget.md.");
    }

    @Test
    void everyKindIsWrittenAsAnEscape() {
        assertThat(Problem.visible("a\nb\tc\rd\u0000e\u007Ff\u009Bg\u2028h\u202Ei\u2066j")).isEqualTo(
                "a\\nb\\tc\\rd\\u0000e\\u007Ff\\u009Bg\\u2028h\\u202Ei\\u2066j");
        assertThat(Problem.visible("Åäö – ”citat” 7 %")).isEqualTo("Åäö – ”citat” 7 %");
    }

    @Test
    void aRawControlCharacterInYamlIsReportedWhereItStands() {
        String unprintable = "Filen innehåller ett osynligt styrtecken (\\u000B) som inte får stå i en YAML-fil. Ta "
                + "bort det; det följer ofta med text som klistrats in från ett annat program.";
        TestSite frontMatter = TestSite.minimal(dir.resolve("sida")).with("pages/budget.md",
                "---\ntitle: Budget\norder: 1\n\n\n\nparent: \u000b\n---\nText.\n");
        assertThat(frontMatter.problems()).containsExactly("content/pages/budget.md:7:9: " + unprintable);

        TestSite indicator = TestSite.minimal(dir.resolve("indikator"));
        String yaml = new String(indicator.files().get("indicators/sjuktal.yaml"), StandardCharsets.UTF_8);
        indicator.with("indicators/sjuktal.yaml", yaml.replace("source: Försäkringskassan",
                "source: Försäkrings\u000bkassan"));
        assertThat(indicator.problems()).containsExactly("content/indicators/sjuktal.yaml:3:20: " + unprintable);
    }

    /** NUL, ESC, VT and NEL from YAML escapes, ESC and BEL written raw in Markdown: none reaches the page. */
    @Test
    void inPagesTheyAreDropped() throws Exception {
        Path site = TestSite.minimal(dir).with("pages/budget.md",
                "---\ntitle: \"Bud\\0get\\e[31m\\v 2019\\x85\"\n---\nText\u001b[31m med\u0007 styrtecken.\n").build();

        assertThat(TestSite.html(site, "sida-budget.html").select("h1, .prose p").eachText())
                .containsExactly("Budget[31m 2019", "Text[31m med styrtecken.");
        assertThat(Files.readString(site.resolve("sida-budget.html")).chars()
                .filter(c -> c < ' ' && c != '\n' && c != '\t' && c != '\r' || c >= 0x7F && c <= 0x9F)).isEmpty();
    }
}
