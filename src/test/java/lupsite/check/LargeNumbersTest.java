package lupsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/** Numbers of any size are read without overflow: past what the site can use, each is an error where it stands. */
class LargeNumbersTest {

    @TempDir
    Path dir;

    private static TestSite replacing(TestSite site, String path, String from, String to) {
        String text = new String(site.files().get(path), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return site.with(path, text.replace(from, to));
    }

    @Test
    void anIntegerPastTheIntRangeIsAnError() {
        TestSite order = replacing(TestSite.minimal(dir.resolve("order")), "pages/budget.md", "order: 1",
                "order: 2147483648");
        assertThat(order.problems()).containsExactly("content/pages/budget.md:3:8: \"order\" är ett för stort tal; "
                + "här står 2147483648. Skriv ett heltal mellan -2147483648 och 2147483647.");

        TestSite horizon = replacing(TestSite.minimal(dir.resolve("horizon")), "goals.yaml",
                "horizon: 4\n    text: Bättre", "horizon: -99999999999999999999\n    text: Bättre");
        assertThat(horizon.problems()).containsExactly("content/goals.yaml:3:14: \"horizon\" är ett för stort tal; "
                + "här står -99999999999999999999. Skriv ett heltal mellan -2147483648 och 2147483647.");

        TestSite decimals = replacing(TestSite.minimal(dir.resolve("decimals")), "indicators/sjuktal.yaml",
                "unit: dagar", "unit: dagar\ndecimals: 99999999999999999999");
        assertThat(decimals.problems()).containsExactly("content/indicators/sjuktal.yaml:3:11: \"decimals\" får vara "
                + "högst 4; här står 99999999999999999999.");
    }

    @Test
    void theLargestIntAndHexadecimalOrOctalIntegersAreRead() {
        TestSite largest = replacing(TestSite.minimal(dir.resolve("largest")), "pages/budget.md", "order: 1",
                "order: 2147483647");
        assertThat(largest.problems()).isEmpty();
        TestSite hex = replacing(TestSite.minimal(dir.resolve("hex")), "pages/budget.md", "order: 1", "order: 0x10");
        assertThat(hex.problems()).isEmpty();
        TestSite octal = replacing(TestSite.minimal(dir.resolve("octal")), "pages/budget.md", "order: 1", "order: 0o17");
        assertThat(octal.problems()).isEmpty();
    }

    @Test
    void aValueWithMoreThanFifteenDigitsIsAnError() {
        TestSite yaml = replacing(TestSite.minimal(dir.resolve("yaml")), "indicators/sjuktal.yaml", "lanet: 12.4",
                "lanet: 99999999999999999999");
        assertThat(yaml.problems()).containsExactly("content/indicators/sjuktal.yaml:11:12: Värdet "
                + "\"99999999999999999999\" har fler än 15 siffror. Så många kan diagrammen och Excel inte visa exakt: "
                + "avrunda talet eller byt till en större enhet (till exempel tusental).");

        TestSite fifteen = replacing(TestSite.minimal(dir.resolve("fifteen")), "indicators/sjuktal.yaml", "lanet: 12.4",
                "lanet: 1234567890123.45");
        assertThat(fifteen.problems()).isEmpty();

        TestSite version = replacing(TestSite.minimal(dir.resolve("version")), "goals.yaml", "horizon: 4\n    text: Bättre",
                "horizon: 4\n    since: 99999999999999999999\n    text: Bättre");
        assertThat(version.problems()).allSatisfy(p -> assertThat(p).doesNotContain("Exception"));
    }
}
