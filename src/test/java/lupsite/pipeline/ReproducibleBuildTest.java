package lupsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.problem.Problems;
import lupsite.testsupport.TestSite;
import lupsite.testsupport.TreeDigest;

/** Publishers compare builds by bytes: the same input must give the same site, file for file. */
class ReproducibleBuildTest {

    @TempDir
    Path temp;

    /**
     * The second build runs in a JVM of its own: Set.of and Map.of iterate in a different order in every
     * process, so only two processes catch output that depends on it.
     */
    @Test
    void twoBuildsOfTheBundledContentAreIdenticalByteForByte() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");

        Pipeline.build(new Pipeline.Options(Path.of("content"), TestSite.TEMPLATES, first, false), new Problems()).orElseThrow();
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "lupsite.cli.Main", "build", "--no-pdf",
                "--out", second.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("second.log").toFile()).start();

        assertThat(other.waitFor()).isZero();
        assertThat(TreeDigest.of(first)).isNotEmpty().isEqualTo(TreeDigest.of(second));
    }
}
