package lupsite.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.testsupport.TestSite;

/**
 * Real build processes, killed with SIGKILL at several moments or run two at a time: {@code site/} is always
 * either the previous site or the new one, complete and byte for byte, and the next build recovers.
 */
class KilledBuildTest {

    /** Enough pages and attachments that a build takes long enough to be killed in each of its phases. */
    private static TestSite larger(Path root, String version) {
        TestSite site = TestSite.minimal(root);
        Random random = new Random(version.hashCode());
        for (int i = 0; i < 60; i++) {
            site.with("pages/sida-" + i + ".md", "---\ntitle: Sida " + i + " " + version + "\n---\n"
                    + ("Ett stycke text om sjukskrivning, version " + version + ".\n\n").repeat(40)
                    + "[Bilaga](../dokument/bilaga-" + i + ".pdf)\n");
            byte[] attachment = new byte[100_000];
            random.nextBytes(attachment);
            System.arraycopy("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, attachment, 0, 5);
            site.withBytes("dokument/bilaga-" + i + ".pdf", attachment);
        }
        return site;
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesTheOldOrTheNewSiteNeverAMix(@TempDir Path dir) throws Exception {
        Path oldContent = larger(dir.resolve("old"), "gammal").write();
        Path newContent = larger(dir.resolve("new"), "ny").write();
        Path out = dir.resolve("out/site");
        Map<String, ByteBuffer> oldSite = TestSite.snapshot(build(oldContent, dir.resolve("reference-old/site")));
        Map<String, ByteBuffer> newSite = TestSite.snapshot(build(newContent, dir.resolve("reference-new/site")));
        assertThat(oldSite).isNotEqualTo(newSite);

        List<Predicate<Path>> moments = List.of(
                started -> true,
                started -> Files.exists(staging(out)),
                started -> count(staging(out)) > 40,
                started -> count(staging(out)) > 100,
                started -> !TestSite.snapshot(out).equals(oldSite));
        List<String> seen = new ArrayList<>();
        for (Predicate<Path> moment : moments) {
            // Each round starts from the old site; this in-process build also recovers the last kill's leftovers.
            build(oldContent, out);
            assertThat(TestSite.snapshot(out)).isEqualTo(oldSite);

            Process process = start(newContent, out);
            while (process.isAlive() && !safely(moment, out)) {
                Thread.sleep(2);
            }
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);

            Map<String, ByteBuffer> after = Files.exists(out) ? TestSite.snapshot(out) : Map.of();
            seen.add(after.equals(oldSite) ? "gammal" : after.equals(newSite) ? "ny" : "blandad");
        }
        assertThat(seen).doesNotContain("blandad");

        build(newContent, out);
        assertThat(TestSite.snapshot(out)).isEqualTo(newSite);
        assertThat(SiteWriterTest.siblings(out)).containsExactly("site");
    }

    @Test
    void aPublishKilledAtAnyMomentLeavesTheOldOrTheNewSiteNeverAMix(@TempDir Path dir) throws Exception {
        Path oldSite = build(larger(dir.resolve("old"), "gammal").write(), dir.resolve("old-site/site"));
        Path newSite = build(larger(dir.resolve("new"), "ny").write(), dir.resolve("new-site/site"));
        Map<String, ByteBuffer> oldFiles = TestSite.snapshot(oldSite);
        Map<String, ByteBuffer> newFiles = TestSite.snapshot(newSite);
        Path www = dir.resolve("www/lup");

        List<Predicate<Path>> moments = List.of(
                started -> true,
                started -> Files.exists(staging(www)),
                started -> count(staging(www)) > 40,
                started -> count(staging(www)) > 100,
                started -> !TestSite.snapshot(www).equals(oldFiles));
        List<String> seen = new ArrayList<>();
        for (Predicate<Path> moment : moments) {
            Publisher.publish(oldSite, www, List.of()); // also recovers the last kill's leftovers
            assertThat(TestSite.snapshot(www)).isEqualTo(oldFiles);

            Process process = run("publish", "--site", newSite.toString(), "--to", www.toString());
            while (process.isAlive() && !safely(moment, www)) {
                Thread.sleep(2);
            }
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);

            Map<String, ByteBuffer> after = Files.exists(www) ? TestSite.snapshot(www) : Map.of();
            seen.add(after.equals(oldFiles) ? "gammal" : after.equals(newFiles) ? "ny" : "blandad");
        }
        assertThat(seen).doesNotContain("blandad");

        Publisher.publish(newSite, www, List.of());
        assertThat(TestSite.snapshot(www)).isEqualTo(newFiles);
        try (Stream<Path> beside = Files.list(www.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("lup", "lup.lup-site-lock");
        }
    }

    @Test
    void twoBuildsAtOnceTakeTurns(@TempDir Path dir) throws Exception {
        Path first = larger(dir.resolve("first"), "första").write();
        Path second = larger(dir.resolve("second"), "andra").write();
        Map<String, ByteBuffer> firstSite = TestSite.snapshot(build(first, dir.resolve("reference-1/site")));
        Map<String, ByteBuffer> secondSite = TestSite.snapshot(build(second, dir.resolve("reference-2/site")));
        Path out = dir.resolve("out/site");

        Process a = start(first, out);
        Process b = start(second, out);

        assertThat(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(List.of(a.exitValue(), b.exitValue())).containsExactly(0, 0);
        assertThat(TestSite.snapshot(out)).isIn(firstSite, secondSite);
        assertThat(SiteWriterTest.siblings(out)).containsExactly("site");
    }

    /** An ordinary build in this process: fast, and it recovers whatever a killed build left. */
    private static Path build(Path content, Path out) throws Exception {
        Problems problems = new Problems();
        assertThat(Pipeline.build(new Pipeline.Options(content, TestSite.TEMPLATES, out, false), problems)).isPresent();
        return out;
    }

    /** {@code java lupsite.cli.Main build} in a process of its own, as an editor or CI would run it. */
    private static Process start(Path content, Path out) throws IOException {
        Files.createDirectories(out.getParent());
        return run("build", "--no-pdf", "--content", content.toString(), "--templates", TestSite.TEMPLATES.toString(),
                "--out", out.toString());
    }

    /** {@code java lupsite.cli.Main ARGS} in a process of its own. */
    private static Process run(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "lupsite.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static Path staging(Path out) {
        String prefix = out.getFileName() + ".lup-site-staging-";
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElse(out.resolveSibling(prefix + "none"));
        } catch (IOException e) {
            return out.resolveSibling(prefix + "none");
        }
    }

    private static long count(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.count();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The folders change under the poll; a moment that cannot be read yet has not come. */
    private static boolean safely(Predicate<Path> moment, Path out) {
        try {
            return moment.test(out);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
