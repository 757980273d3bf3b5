package lupsite.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import lupsite.model.AccessibilityStatement.TestRun;

/**
 * Writes {@code content/accessibility-test.yaml}: what a run of the browser test suite measured, for the
 * accessibility statement. Only a run writes it, so the statement never shows a result nobody measured.
 */
public final class AccessibilityTestRecord {

    /** The system property that asks a run to record itself: {@code -Dlupsite.recordAccessibilityTest=true}. */
    public static final String PROPERTY = "lupsite.recordAccessibilityTest";

    private AccessibilityTestRecord() {
    }

    public static String yaml(TestRun run) {
        return """
                # yaml-language-server: $schema=../schemas/accessibility-test.schema.json
                # Skrivet av testsviten efter en körning där alla tester gick igenom. Redigera inte för hand; kör
                #   bash .ci/setup && mvn -B verify -D%s=true
                # och checka in filen (se docs/dev/accessibility.md).
                date: %s
                pages: %d
                widths: [%s]
                chromium: "%s"
                axeCore: "%s"
                nuHtmlChecker: "%s"
                axeViolations: %d
                nuErrors: %d
                testsPassed: %d
                """.formatted(PROPERTY, run.date(), run.pages(),
                run.widths().stream().map(String::valueOf).collect(Collectors.joining(", ")), run.chromium(),
                run.axeCore(), run.nuHtmlChecker(), run.axeViolations(), run.nuErrors(), run.testsPassed());
    }

    public static void write(Path file, TestRun run) {
        try {
            Files.writeString(file, yaml(run), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
