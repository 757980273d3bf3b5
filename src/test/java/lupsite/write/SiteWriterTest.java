package lupsite.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.render.Output;
import lupsite.render.RenderException;
import lupsite.testsupport.TestSite;

/** A build that fails, in any stage, leaves the previous site exactly as it was and no leftovers. */
class SiteWriterTest {

    @Test
    void aBuildWithContentErrorsLeavesThePreviousSiteByteForByte(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.minimal(dir);
        Path out = site.build();
        Map<String, ByteBuffer> before = TestSite.snapshot(out);
        Problems problems = new Problems();

        site.with("goals.yaml", "goals:\n  - id: Ogiltigt id\n");
        var written = Pipeline.build(new Pipeline.Options(site.contentDir(), TestSite.TEMPLATES, out, false), problems);

        assertThat(written).isEmpty();
        assertThat(problems.hasErrors()).isTrue();
        assertThat(TestSite.snapshot(out)).isEqualTo(before);
        assertThat(siblings(out)).containsExactly("site");
    }

    @Test
    void aBuildThatFailsWhileWritingLeavesThePreviousSiteByteForByte(@TempDir Path dir) throws Exception {
        Path out = TestSite.minimal(dir).build();
        Map<String, ByteBuffer> before = TestSite.snapshot(out);
        List<Output> outputs = List.of(
                new Output("index.html", () -> "ny".getBytes(StandardCharsets.UTF_8)),
                new Output("mal.html", () -> {
                    throw new RenderException("templates/goals.ftlh:3:1: Mallfel: test", null);
                }));

        assertThatThrownBy(() -> SiteWriter.write(out, dir.resolve("content"), List.of(), outputs)).isInstanceOf(RenderException.class);

        assertThat(TestSite.snapshot(out)).isEqualTo(before);
        assertThat(siblings(out)).containsExactly("site");
    }

    @Test
    void recoveryPutsBackASiteRetiredByAKilledSwapAndDropsIncompleteStaging(@TempDir Path dir) throws Exception {
        Path out = TestSite.minimal(dir).build();
        Map<String, ByteBuffer> before = TestSite.snapshot(out);
        // The state a kill between the swap's two renames leaves: the old site aside, the new one not yet in.
        Files.move(out, dir.resolve("site.lup-site-retired-4242"));
        Files.createDirectories(dir.resolve("site.lup-site-staging-4242/assets"));
        Files.writeString(dir.resolve("site.lup-site-staging-4242/.lup-site-staging"), "");
        Files.writeString(dir.resolve("site.lup-site-staging-4242/index.html"), "halv");

        OutputFolder.recover(out);

        assertThat(TestSite.snapshot(out)).isEqualTo(before);
        assertThat(siblings(out)).containsExactly("site");
    }

    @Test
    void theLockFileOfAKilledBuildHoldsNothing(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.minimal(dir);
        Path out = dir.resolve("site");
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(dir.resolve("site.lup-site-lock"), Long.toString(gone.pid()));

        site.build();

        assertThat(siblings(out)).containsExactly("site");
    }

    static List<String> siblings(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out.getParent())) {
            // The lock file stays beside the site: the system's lock on it is what is taken and released.
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("site"))
                    .filter(n -> !n.equals("site.lup-site-lock")).sorted().toList();
        }
    }
}
