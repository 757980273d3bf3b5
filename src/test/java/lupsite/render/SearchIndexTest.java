package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

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
    void termsAreWhatNormalizerAndPatternsOverTheWholeTextGive() {
        // The folding sok.js does, written plainly: the index's hand-written version must agree on any text.
        Pattern notAWord = Pattern.compile("[^\\p{L}\\p{N}]+");
        Pattern marks = Pattern.compile("\\p{M}+");
        String alphabet = "aZåÄöÉüßæøÞ ,.'’–…\n\u00a0\u0301\u0308ΣσςİıĲ½²٣Ⅻ𝐀😀\uD835\u3042中";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                int at = alphabet.offsetByCodePoints(0, random.nextInt(alphabet.codePointCount(0, alphabet.length())));
                text.appendCodePoint(alphabet.codePointAt(at));
            }
            String folded = marks.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                    .toLowerCase(Locale.ROOT);
            List<String> expected = Arrays.stream(notAWord.split(folded))
                    .filter(word -> word.codePointCount(0, word.length()) >= 2).toList();

            assertThat(SearchIndex.terms(text.toString())).as(text.toString()).isEqualTo(expected);
        }
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
        assertThat(SearchIndex.shorten(" \n ett\t\ttvå tre fyra fem sex", 12)).isEqualTo("ett två tre …");
        assertThat(SearchIndex.shorten("ettlångtordutanmellanrum", 5)).isEqualTo("ettlå …");
        assertThat(SearchIndex.shorten("exakt tolv t", 12)).isEqualTo("exakt tolv t");
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
