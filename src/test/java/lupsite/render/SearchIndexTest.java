package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

class SearchIndexTest {

    @TempDir
    Path dir;

    @Test
    void termsAreFoldedLowerCaseWordsOfTwoOrMoreLetters() {
        assertThat(SearchIndex.terms("Försäkringsmedicin, RS/123/2015: 12,4 % – Ålder ÄR öKAD; x"))
                .containsExactly("forsakringsmedicin", "rs", "123", "2015", "12", "alder", "ar", "okad");
    }

    @Test
    void theScriptListsTheDocumentsAndEveryTermWithItsDocumentsAndWeights() {
        String js = new String(SearchIndex.script(List.of(
                new SearchIndex.Document("Mål", "Bättre rehabilitering", "mal.html#mal-a", "Rehabilitering pågår."),
                new SearchIndex.Document("Sida", "Budget \"2019\"", "sida-budget.html", "Rader\u2028och\\tal"))),
                StandardCharsets.UTF_8);

        assertThat(js).isEqualTo("""
                /* Sökindex för webbplatsen, skapat när webbplatsen byggdes. */
                window.LUP_SOKINDEX = {"docs": [
                ["Mål","mal.html#mal-a","Bättre rehabilitering","Rehabilitering pågår."],
                ["Sida","sida-budget.html","Budget \\"2019\\"","Rader\\u2028och\\\\tal"]
                ],
                "terms": {
                "2019":[1,3],
                "battre":[0,3],
                "budget":[1,3],
                "och":[1,1],
                "pagar":[0,1],
                "rader":[1,1],
                "rehabilitering":[0,4],
                "tal":[1,1]
                }};
                """);
    }

    @Test
    void aLongTextIsShortenedAtAWord() {
        assertThat(SearchIndex.shorten("ett  två\ntre fyra", 12)).isEqualTo("ett två tre …");
        assertThat(SearchIndex.shorten("kort", 12)).isEqualTo("kort");
    }

    @Test
    void theIndexIsTheSameBytesEveryBuild() throws Exception {
        Path first = TestSite.minimal(dir.resolve("a")).build();
        Path second = TestSite.minimal(dir.resolve("b")).build();

        byte[] index = Files.readAllBytes(first.resolve(SiteUrls.SEARCH_INDEX));
        assertThat(index).isEqualTo(Files.readAllBytes(second.resolve(SiteUrls.SEARCH_INDEX)));
        assertThat(new String(index, StandardCharsets.UTF_8))
                .contains("[\"Mål\",\"mal.html#mal-battre-rehabilitering\",\"Bättre rehabilitering i länet.\","
                        + "\"Rutiner finns. Implementering pågår.\"]")
                .contains("[\"Aktivitet\",\"omrade-rehabilitering.html#aktivitet-utbildning\","
                        + "\"Utbilda personal i: försäkringsmedicin rehabkoordinering\",")
                .contains("[\"Sida\",\"sida-budget.html\",\"Budget 2019\",\"Post Belopp Intäkter 6 250 000\"]");
    }
}
