package lupsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import lupsite.testsupport.TestSite;

/**
 * The folder of deliberately broken content: each {@code src/test/resources/broken/<case>/content/} holds the
 * files that replace the valid minimal site's, and {@code expected.txt} beside it every line {@code check}
 * must print for them, word for word and in order.
 */
class BrokenContentTest {

    private static final Path CASES = Path.of("src/test/resources/broken");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(String name, @TempDir Path dir) throws IOException {
        Path folder = CASES.resolve(name);
        List<String> expected = Files.readAllLines(folder.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank())
                .toList();

        List<String> actual = TestSite.minimal(dir).withFilesFrom(folder.resolve("content")).problems();

        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
