package lupsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script (src/main/launcher/lup-site, copied to target/ by {@code mvn package}) run for real with a
 * stand-in {@code java} that prints the arguments it was given, one per line.
 */
class LauncherTest {

    @TempDir
    Path dir;

    private Path target;
    private Path javaHome;

    @BeforeEach
    void setUp() throws IOException {
        target = Files.createDirectories(dir.resolve("target"));
        Files.copy(Path.of("src/main/launcher/lup-site"), target.resolve("lup-site"));
        Files.setPosixFilePermissions(target.resolve("lup-site"), PosixFilePermissions.fromString("rwxr-xr-x"));
        javaHome = dir.resolve("jdk");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\nexit 7\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(target.resolve("lup-site.jar"), "jar");
        Files.setLastModifiedTime(target.resolve("lup-site.jar"), FileTime.from(Instant.parse("2026-11-01T10:00:00Z")));
    }

    private void archive(String modified) throws IOException {
        Files.writeString(target.resolve("lup-site.jsa"), "jsa");
        Files.setLastModifiedTime(target.resolve("lup-site.jsa"), FileTime.from(Instant.parse(modified)));
    }

    private Run launch(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder process = new ProcessBuilder(Stream.concat(Stream.of(target.resolve("lup-site").toString()),
                Stream.of(args)).toList());
        process.environment().remove("LUP_SITE_JAVA_OPTS");
        process.environment().put("JAVA_HOME", javaHome.toString());
        process.environment().putAll(env);
        process.redirectErrorStream(true);
        Process started = process.start();
        String out = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(started.waitFor(), out.lines().toList());
    }

    private record Run(int exit, List<String> args) {
    }

    @Test
    void aBuildRunsTheJarWithC1TheParallelCollectorAndTheClassArchive() throws Exception {
        archive("2026-11-01T10:00:05Z");

        Run run = launch(Map.of(), "build", "--out", "en mapp");

        assertThat(run.args()).containsExactly("-Dlupsite.jvmTuned=true",
                "-XX:SharedArchiveFile=" + target.resolve("lup-site.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
                "-jar", target.resolve("lup-site.jar").toString(), "build", "--out", "en mapp");
        assertThat(run.exit()).as("java's exit code, passed on").isEqualTo(7);
    }

    @Test
    void serveKeepsTheOptimisingCompiler() throws Exception {
        archive("2026-11-01T10:00:05Z");

        assertThat(launch(Map.of(), "serve").args()).containsExactly("-Dlupsite.jvmTuned=true",
                "-XX:SharedArchiveFile=" + target.resolve("lup-site.jsa"), "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-jar", target.resolve("lup-site.jar").toString(), "serve");
    }

    @Test
    void anArchiveOlderThanTheJarOrNoneIsNotUsed() throws Exception {
        archive("2026-11-01T09:59:00Z");
        assertThat(launch(Map.of(), "check").args()).noneMatch(a -> a.contains("SharedArchiveFile"));

        Files.delete(target.resolve("lup-site.jsa"));
        assertThat(launch(Map.of(), "check").args()).noneMatch(a -> a.contains("SharedArchiveFile"));
    }

    @Test
    void aLinkToTheLauncherRunsTheJarBesideTheLauncher() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("lup-site"), Path.of("..", "target", "lup-site"));
        Files.createSymbolicLink(bin.resolve("lup"), bin.resolve("lup-site"));

        ProcessBuilder process = new ProcessBuilder(bin.resolve("lup").toString(), "check");
        process.environment().remove("LUP_SITE_JAVA_OPTS");
        process.environment().put("JAVA_HOME", javaHome.toString());
        Process started = process.start();

        assertThat(new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines())
                .containsSequence("-jar", target.resolve("lup-site.jar").toString(), "check");
    }

    @Test
    void anExportedCdpathDoesNotChangeWhereTheJarIsLookedFor() throws Exception {
        // Run as "target/lup-site" from the project folder, with CDPATH=.:... in the environment, cd prints the
        // folder it changed to.
        ProcessBuilder process = new ProcessBuilder("target/lup-site", "check").directory(dir.toFile());
        process.environment().remove("LUP_SITE_JAVA_OPTS");
        process.environment().put("JAVA_HOME", javaHome.toString());
        process.environment().put("CDPATH", ".:" + dir);
        Process started = process.start();

        assertThat(new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines())
                .containsSequence("-jar", target.resolve("lup-site.jar").toString(), "check");
    }

    @Test
    void jvmFlagsAreNotFileNamePatterns() throws Exception {
        Files.createFile(dir.resolve("-Dx=finns.pdf"));
        ProcessBuilder process = new ProcessBuilder(target.resolve("lup-site").toString(), "check").directory(dir.toFile());
        process.environment().put("LUP_SITE_JAVA_OPTS", "-Dx=*.pdf");
        process.environment().put("JAVA_HOME", javaHome.toString());
        Process started = process.start();

        assertThat(new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines())
                .contains("-Dx=*.pdf").doesNotContain("-Dx=finns.pdf");
    }

    @Test
    void extraJvmFlagsComeFromLupSiteJavaOpts() throws Exception {
        assertThat(launch(Map.of("LUP_SITE_JAVA_OPTS", "-Xmx2g -Dx=y"), "--version").args())
                .containsExactly("-Dlupsite.jvmTuned=true", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
                        "-Xmx2g", "-Dx=y", "-jar", target.resolve("lup-site.jar").toString(), "--version");
    }
}
