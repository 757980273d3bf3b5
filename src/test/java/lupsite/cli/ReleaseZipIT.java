package lupsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.render.Generator;

/**
 * The release zip that {@code mvn package} made, as an editor gets it: unpacked, and its launcher run on a
 * machine with only a Java runtime (the PATH holds java and the few programs the shell launcher itself uses;
 * no Maven, no JAVA_HOME, an empty home folder) for init, check, build and serve.
 */
class ReleaseZipIT {

    static final Path ZIP = Path.of("target/lup-site-" + Generator.VERSION + ".zip");
    static final String TOP = "lup-site-" + Generator.VERSION + "/";

    @TempDir
    static Path dir;

    static Path release;
    static Path bin;

    @BeforeAll
    static void unpack() throws IOException {
        release = dir.resolve("program");
        try (FileSystem zip = FileSystems.newFileSystem(ZIP, Map.of("enablePosixFileAttributes", true))) {
            Path top = zip.getPath("/");
            try (Stream<Path> entries = Files.walk(top)) {
                for (Path entry : entries.filter(Files::isRegularFile).toList()) {
                    Path target = release.resolve(top.relativize(entry).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(entry, target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(entry));
                }
            }
        }
        bin = shellTools(dir.resolve("bin"));
        command(bin, "java", Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    /** A folder for the PATH with what the shell launcher needs besides java (its #! line names env by path). */
    private static Path shellTools(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String tool : List.of("bash", "dirname", "readlink")) {
            command(folder, tool, Path.of("/usr/bin", tool));
        }
        return folder;
    }

    /** A one-line script rather than a link, which the temporary folder's clean-up warns about. */
    private static void command(Path folder, String name, Path program) throws IOException {
        Path script = Files.writeString(folder.resolve(name), "#!/bin/sh\nexec " + program + " \"$@\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void holdsTheJarTheLaunchersTheSchemasAndTheGuideWithFixedTimes() throws IOException {
        List<String> names = new ArrayList<>();
        try (FileSystem zip = FileSystems.newFileSystem(ZIP, Map.of("enablePosixFileAttributes", true));
             Stream<Path> entries = Files.walk(zip.getPath("/"))) {
            for (Path entry : entries.filter(Files::isRegularFile).toList()) {
                names.add(entry.toString());
                assertThat(Files.getLastModifiedTime(entry)).as(entry.toString())
                        .isEqualTo(FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
            }
            assertThat(Files.getPosixFilePermissions(zip.getPath("/" + TOP + "lup-site")))
                    .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
            assertThat(Files.readString(zip.getPath("/" + TOP + "lup-site.cmd"))).contains("\r\n")
                    .contains("-jar \"%~dp0lup-site.jar\" %*");
        }
        List<String> schemas;
        try (Stream<Path> files = Files.list(Path.of("schemas"))) {
            schemas = files.map(f -> "/" + TOP + "schemas/" + f.getFileName()).toList();
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of("lup-site.jar", "lup-site",
                "lup-site.cmd", "redaktorsguide.md").map(n -> "/" + TOP + n), schemas.stream()).toList());
    }

    private record Run(int exit, String out) {
    }

    private static ProcessBuilder launcher(Path workDir, String... args) {
        return launcher(bin, workDir, args);
    }

    private static ProcessBuilder launcher(Path path, Path workDir, String... args) {
        List<String> command = new ArrayList<>(List.of(release.resolve(TOP + "lup-site").toString()));
        command.addAll(List.of(args));
        ProcessBuilder process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        process.environment().clear();
        process.environment().putAll(Map.of("PATH", path.toString(), "HOME", dir.resolve("home").toString(),
                "LANG", "C.UTF-8"));
        return process;
    }

    private static Run run(Path workDir, String... args) throws Exception {
        return run(launcher(workDir, args));
    }

    private static Run run(ProcessBuilder process) throws Exception {
        Process started = process.start();
        String out = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(started.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(started.exitValue(), out);
    }

    @Test
    void withOnlyJavaTheLauncherRunsInitCheckBuildAndServe() throws Exception {
        Path repository = Files.createDirectories(dir.resolve("min-plan"));

        assertThat(run(repository, "-V")).isEqualTo(new Run(0, Generator.NAME + "\n"));

        Run init = run(repository, "init");
        assertThat(init.exit()).as(init.out()).isZero();
        long written;
        try (var files = Files.walk(repository)) {
            written = files.filter(Files::isRegularFile).count();
        }
        assertThat(init.out()).startsWith("Skapade " + written + " filer i .:\n")
                .endsWith("Kör nu lup-site serve och öppna adressen den skriver ut.\n");

        Run check = run(repository, "check");
        assertThat(check.exit()).as(check.out()).isZero();
        assertThat(check.out()).contains("Innehållet är korrekt.\n", "0 fel, 2 varningar.\n");

        Run build = run(repository, "build");
        assertThat(build.exit()).as(build.out()).isZero();
        assertThat(build.out()).contains("Byggde ");
        assertThat(Files.readString(repository.resolve("site/index.html")))
                .contains("<meta name=\"generator\" content=\"" + Generator.NAME + "\">");
        try (Stream<Path> pdfs = Files.list(repository.resolve("site/pdf"))) {
            assertThat(pdfs.toList()).hasSize(1);
        }

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process serve = launcher(repository, "serve", "--no-pdf", "--port", String.valueOf(port)).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            String address = "http://127.0.0.1:" + port + "/";
            for (String line = out.readLine(); ; line = out.readLine()) {
                assertThat(line).as("serve stopped before it said where it serves").isNotNull();
                if (line.startsWith("Förhandsgranskning på " + address)) {
                    break;
                }
            }
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<h1>Planens namn</h1>");
            serve.toHandle().destroy(); // SIGTERM, as Ctrl+C; Process.destroy() would also close its output
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
            List<String> rest = out.lines().toList();
            assertThat(rest).contains("Förhandsgranskningen avslutad.");
        } finally {
            serve.destroyForcibly();
        }
        assertThat(Set.of(repository.toFile().list())).doesNotContain("target", ".m2");
    }

    @Test
    void withoutJavaTheLauncherSaysSoInSwedish() throws Exception {
        Path noJava = shellTools(dir.resolve("utan-java"));

        assertThat(run(launcher(noJava, dir, "check"))).isEqualTo(new Run(3, "lup-site: Java hittades inte. "
                + "Installera Java 17 eller senare (till exempel Eclipse Temurin) eller ange var den finns med "
                + "JAVA_HOME.\n"));
    }
}
