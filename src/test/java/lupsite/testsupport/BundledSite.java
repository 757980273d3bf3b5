package lupsite.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.render.RenderException;

/**
 * The bundled content built with the bundled templates into {@code target/bundled-site}, once per test JVM:
 * the browser and structure tests all look at the same, real site.
 */
public final class BundledSite {

    public static final Path CONTENT = Path.of("content");
    public static final Path OUT = Path.of("target/bundled-site");

    /**
     * What {@code check} says of the bundled content: the region's contact for accessibility feedback and the
     * statement's date are not in the seeds, so they are left unfilled, and marked so.
     */
    public static final List<String> UNFILLED_STATEMENT = List.of(
            "content/accessibility.yaml:14:1: varning: Kontaktuppgifter för synpunkter på tillgängligheten saknas. "
                    + "Fyll i feedback: med email: (e-postadress) och/eller phone: (telefonnummer).",
            "content/accessibility.yaml:14:1: varning: Datumet då redogörelsen upprättades saknas. Fyll i prepared: "
                    + "ÅÅÅÅ-MM-DD.");

    private static Path built;

    private BundledSite() {
    }

    /** The site folder, built on first use; fails the test on any content error. */
    public static synchronized Path site() {
        if (built == null) {
            Problems problems = new Problems();
            try {
                if (Pipeline.build(new Pipeline.Options(CONTENT, TestSite.TEMPLATES, OUT, true), problems).isEmpty()) {
                    throw new AssertionError("The bundled content does not build: " + problems.all());
                }
            } catch (IOException | RenderException e) {
                throw new AssertionError("The bundled content does not build", e);
            }
            built = OUT;
        }
        return built;
    }

    /** Every HTML page of the site, as paths relative to its root, sorted. */
    public static List<String> pages() {
        Path site = site();
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html"))
                    .map(f -> site.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
