package lupsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import lupsite.problem.Problems;

class SourceReaderTest {

    private final Problems problems = new Problems();

    @Test
    void bomAndCrlfGiveTheSameTextAsPlainUtf8() {
        byte[] plain = "title: Mål\nregion: Län\n".getBytes(StandardCharsets.UTF_8);
        byte[] windows = "\uFEFFtitle: Mål\r\nregion: Län\r\n".getBytes(StandardCharsets.UTF_8);

        assertThat(SourceReader.decode(windows, "plan.yaml", problems))
                .isEqualTo(SourceReader.decode(plain, "plan.yaml", problems));
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void aWindows1252FileIsRefusedAtItsFirstBadCharacter() {
        byte[] ansi = "title: Plan\nregion: Jämtland\n".getBytes(Charset.forName("windows-1252"));

        assertThat(SourceReader.decode(ansi, "plan.yaml", problems)).isEmpty();
        assertThat(problems.all().get(0).format("content/")).isEqualTo("content/plan.yaml:2:10: Filen är inte "
                + "sparad som UTF-8 (tecknet här kan inte läsas, troligen å, ä eller ö sparat som Windows-1252/ANSI). "
                + "Spara filen som UTF-8 i din editor och försök igen.");
    }
}
