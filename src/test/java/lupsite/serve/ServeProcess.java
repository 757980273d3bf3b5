package lupsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import lupsite.testsupport.TestSite;

/** {@code lup-site serve} as its own process, as an editor runs it: started, waited for, stopped or killed. */
final class ServeProcess {

    final Process process;
    final Path log;
    final int port;
    final String started;

    private ServeProcess(Process process, Path log, int port, String started) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.started = started;
    }

    /** A free port now; the process started on it may find it taken, which is rare enough for a test. */
    static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    /** Starts serve without PDFs on {@code port}, logging to {@code log}, and waits until it says it serves. */
    static ServeProcess start(Path content, Path templates, int port, Path log, String... jvmFlags) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmFlags));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "lupsite.cli.Main", "serve",
                "--content", content.toString(), "--templates", templates.toString(), "--no-pdf",
                "--port", Integer.toString(port)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String started = "Förhandsgranskning på http://127.0.0.1:" + port + "/ (visar " + content + " och "
                + templates + "; avsluta med Ctrl+C).";
        ServeProcess serve = new ServeProcess(process, log, port, started);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!serve.lines().contains(started) && process.isAlive() && System.nanoTime() < deadline) {
            sleep(50);
        }
        assertThat(serve.lines()).as("serve's output").contains(started);
        return serve;
    }

    static ServeProcess start(Path content, Path log) throws IOException {
        return start(content, TestSite.TEMPLATES, freePort(), log);
    }

    String base() {
        return "http://127.0.0.1:" + port + "/";
    }

    List<String> lines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
