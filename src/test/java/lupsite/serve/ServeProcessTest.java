package lupsite.serve;

import static lupsite.serve.PreviewServerTest.await;
import static lupsite.serve.PreviewServerTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/** {@code serve} as a process of its own: what only the real command shows (JVM settings, a kill, its memory). */
class ServeProcessTest {

    /**
     * Four clients that each send half a request do not keep others waiting, and the server closes their
     * connections once {@link PreviewServer#REQUEST_SECONDS} have passed (the JDK server's own setting, which
     * only the first server of a process reads: hence a process of its own).
     */
    @Test
    void halfSentRequestsAreCutOffAndDoNotStallTheServer(@TempDir Path dir) throws Exception {
        ServeProcess serve = ServeProcess.start(TestSite.minimal(dir).write(), dir.resolve("serve.log"));
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), serve.port);
                socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + serve.port + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            assertThat(PreviewHttpTest.exchange(serve.port, "GET /mal.html HTTP/1.1\r\nHost: 127.0.0.1:" + serve.port
                    + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200 OK\r\n");
            for (Socket socket : stalled) {
                // Closed by the server (end of stream), not by this side's own, longer timeout.
                socket.setSoTimeout((PreviewServer.REQUEST_SECONDS + 20) * 1000);
                InputStream in = socket.getInputStream();
                assertThat(in.read()).isEqualTo(-1);
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
            serve.process.destroyForcibly().waitFor();
        }
    }

    /**
     * An editor's terminal closed mid-rebuild: serve is killed (SIGKILL, no shutdown hook), nothing but its own
     * log changed on disk, and serve started again on the same port shows what was saved.
     */
    @Test
    void killedMidRebuildAndStartedAgainItServesWhatWasSaved(@TempDir Path dir) throws Exception {
        Path content = TestSite.minimal(dir).write();
        ServeProcess first = ServeProcess.start(content, dir.resolve("first.log"));
        Path goals = content.resolve("goals.yaml");
        Files.writeString(goals, Files.readString(goals).replace("Bättre rehabilitering", "Sparad rehabilitering"));
        var before = TestSite.snapshot(dir);
        first.process.destroyForcibly();
        assertThat(first.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        var after = TestSite.snapshot(dir);
        after.remove("first.log");
        before.remove("first.log");
        assertThat(after).isEqualTo(before);
        assertThat(dir.resolve("site")).doesNotExist();

        ServeProcess second = ServeProcess.start(content, TestSite.TEMPLATES, first.port, dir.resolve("second.log"));
        try {
            assertThat(get(second.base() + "mal.html").body()).contains("Sparad rehabilitering");
        } finally {
            second.process.destroy();
            second.process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /**
     * A template that makes a page larger than the memory serve has: the rebuild ends in OutOfMemoryError,
     * which the browser shows; serve goes on, and the fixed template builds again.
     */
    @Test
    void aRebuildOutOfMemoryIsShownAndTheFixedTemplateBuildsAgain(@TempDir Path dir) throws Exception {
        Path content = TestSite.minimal(dir).write();
        Path templates = TestSite.copyTemplates(dir.resolve("templates"));
        Path goalsTemplate = templates.resolve("goals.ftlh");
        String valid = Files.readString(goalsTemplate);
        ServeProcess serve = ServeProcess.start(content, templates, ServeProcess.freePort(), dir.resolve("serve.log"),
                "-Xmx128m");
        try {
            Files.writeString(goalsTemplate, "<#list 1..2000000000 as i>Minnet räcker inte till den här sidan.</#list>\n"
                    + valid);
            assertThat(await(serve.base() + "mal.html", r -> r.statusCode() == 500).body())
                    .contains("<h1>Bygget misslyckades</h1>", "<code>Minnet tog slut under bygget (OutOfMemoryError).");

            Files.writeString(goalsTemplate, valid);
            assertThat(await(serve.base() + "mal.html", r -> r.statusCode() == 200).body())
                    .contains("Bättre rehabilitering i länet.");
        } finally {
            serve.process.destroy();
            serve.process.waitFor(20, TimeUnit.SECONDS);
        }
        assertThat(serve.lines()).contains("Minnet tog slut under bygget (OutOfMemoryError). Ändra det du sparade "
                + "senast; en fil eller mall som gör en mycket stor sida är den troliga orsaken.")
                .noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Exception in thread"));
    }
}
