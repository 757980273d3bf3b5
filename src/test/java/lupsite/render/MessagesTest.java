package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.derive.Progress;
import lupsite.model.Target;
import lupsite.model.AccessibilityStatement.Compliance;
import lupsite.model.Indicator.Key;
import lupsite.model.Indicator.Point;
import lupsite.model.Vocabulary;
import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.testsupport.TestSite;

/** The label bundles: the same keys and placeholders in every language, each key used, none missing. */
class MessagesTest {

    static final Messages SV = TestSite.messages("sv");
    static final Messages EN = TestSite.messages("en");
    /** {@code msg.t("key"} or a choice of two keys ({@code ?then("a", "b")}, {@code ? "a" : "b"}). */
    static final Pattern USE = Pattern.compile("\\bt\\(\\s*\"([a-zA-Z.-]+)\"|\\? \"([a-zA-Z]+\\.[a-zA-Z.]+)\" : \"([a-zA-Z]+\\.[a-zA-Z.]+)\""
            + "|\\?then\\(\"([a-zA-Z]+\\.[a-zA-Z.]+)\", \"([a-zA-Z]+\\.[a-zA-Z.]+)\"\\)|decisionText\\(\"([a-z.A-Z]+)\"");

    @TempDir
    Path dir;

    @Test
    void everyLanguageHasTheSameKeysWithTheSamePlaceholders() {
        assertThat(EN.texts().keySet()).isEqualTo(SV.texts().keySet());
        for (String key : SV.texts().keySet()) {
            assertThat(placeholders(EN.t(key))).as(key).isEqualTo(placeholders(SV.t(key)));
        }
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(TestSite.TEMPLATES), Files.walk(Path.of("src/main/java")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ftlh") || f.toString().endsWith(".java")).toList()) {
                Matcher m = USE.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        // A key ending in a dot is the start of one made from data, added below.
                        if (m.group(g) != null && !m.group(g).endsWith(".")) {
                            used.add(m.group(g));
                        }
                    }
                }
            }
        }
        // Keys made from data: the compliance level, and the fixed keys Messages itself reads.
        for (Compliance c : Compliance.values()) {
            used.add("acc.level." + c.id);
        }
        for (Progress.Verdict v : Progress.Verdict.values()) {
            used.add("progress." + v.name());
        }
        for (Target.Kind k : Target.Kind.values()) {
            used.add("target.must." + k.key);
            if (k.isLevel()) {
                used.addAll(Set.of("target.because." + k.key + ".met", "target.because." + k.key + ".notMet"));
            }
        }
        used.addAll(Set.of("number.decimal", "number.group", "pdf.language", "word.horizon"));
        Vocabulary.WORDS.forEach(word -> used.add("word." + word));
        assertThat(SV.texts().keySet()).containsAll(used);
        assertThat(used).containsAll(SV.texts().keySet());
    }

    @Test
    void valuesFillTheirPlaceholdersAndNumbersFollowTheLanguage() {
        assertThat(SV.t("horizon.heading", 4)).isEqualTo("Mål på 4 års sikt");
        assertThat(EN.t("horizon.heading", 4)).isEqualTo("Goals within 4 years");
        assertThat(SV.number(new BigDecimal("-1234.56"), 1)).isEqualTo("\u22121\u00A0234,6");
        assertThat(SV.value(new Point(Key.year(2019), new BigDecimal("1840"), true), 0)).isEqualTo("ca\u00A01\u00A0840");
        assertThat(EN.value(new Point(Key.year(2019), new BigDecimal("1840"), true), 0)).isEqualTo("approx.\u00A01,840");
        assertThat(SV.quantity("7,8", "%")).isEqualTo("7,8\u00A0%");
        assertThat(EN.number(new BigDecimal("-1234.56"), 1)).isEqualTo("\u22121,234.6");
    }

    @Test
    void aMissingKeyNamesItselfAndTheFile() {
        assertThatThrownBy(() -> SV.t("finns.inte")).hasMessage("Texten \"finns.inte\" saknas i messages/sv.properties.");
    }

    @Test
    void aLanguageWithoutTextsStopsTheBuildAndSaysWhatToDo() {
        TestSite site = TestSite.minimal(dir).appending("plan.yaml", "language: fi\n");
        assertThatThrownBy(() -> Pipeline.build(new Pipeline.Options(site.write(), TestSite.TEMPLATES,
                dir.resolve("site"), false), new Problems())).isInstanceOf(RenderException.class)
                .hasMessage("templates/messages/fi.properties:1:1: Texterna för språket \"fi\" saknas. Skapa filen som "
                        + "en kopia av messages/sv.properties och översätt den, eller välj ett språk som finns i plan.yaml.");
    }

    @Test
    void aLanguageThatIsNotACodeIsAContentError() {
        assertThat(TestSite.minimal(dir).appending("plan.yaml", "language: engelska\n").problems())
                .containsExactly("content/plan.yaml:33:11: \"language\" ska vara en språkkod som sv eller en; här står "
                        + "\"engelska\".");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\w+}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
