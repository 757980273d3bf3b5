package lupsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import lupsite.testsupport.TestSite;

/**
 * The preview's answers to requests that a browser on another site, a proxy or a stalled client would send,
 * over raw sockets so that every header is exactly as written.
 */
class PreviewHttpTest {

    @TempDir
    static Path dir;
    static PreviewServer server;
    static int port;

    @BeforeAll
    static void start() throws IOException {
        server = PreviewServer.start(TestSite.minimal(dir).write(), TestSite.TEMPLATES, false, 0,
                new PrintWriter(new StringWriter(), true));
        port = server.port();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:%d", "localhost:%d", "LOCALHOST:%d"})
    void answersARequestAddressedToItsLoopbackNameAndPort(String host) throws IOException {
        String response = exchange("GET / HTTP/1.1\r\nHost: " + host.formatted(port) + "\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 200 OK\r\n").contains("<h1>Testplan</h1>");
        assertThat(headers(response)).contains("x-content-type-options: nosniff");
    }

    /** DNS rebinding: a page on evil.example whose name now points at 127.0.0.1 must not read the preview. */
    @ParameterizedTest
    @ValueSource(strings = {"evil.example:%d", "127.0.0.1", "localhost", "127.0.0.1:1", "127.0.0.2:%d",
            "localhost.evil.example:%d", "[::1]:%d"})
    void refusesEveryOtherHostWith403(String host) throws IOException {
        String response = exchange("GET /mal.html HTTP/1.1\r\nHost: " + host.formatted(port) + "\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 403 Forbidden\r\n")
                .endsWith("\r\n\r\nFörhandsgranskningen svarar bara på adressen http://127.0.0.1:" + port
                        + "/ (eller http://localhost:" + port + "/).\n");
        assertThat(headers(response)).contains("x-content-type-options: nosniff", "content-type: text/plain; charset=utf-8");
    }

    @Test
    void refusesARequestWithoutHost() throws IOException {
        assertThat(exchange("GET / HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.1 403 Forbidden\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "PROPFIND"})
    void answersOtherMethodsThanGetAndHeadWith405(String method) throws IOException {
        String response = exchange(method + " /index.html HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello");
        assertThat(response).startsWith("HTTP/1.1 405 Method Not Allowed\r\n")
                .endsWith("\r\n\r\nFörhandsgranskningen tar bara emot GET och HEAD.\n");
        assertThat(headers(response)).contains("allow: GET, HEAD", "x-content-type-options: nosniff");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/mal.html", "/assets/style.css", "/finns-inte.html", "/__lup/version",
            "/assets/fonts/NotoSans-Regular.woff2"})
    void everyAnswerForbidsTypeSniffing(String path) throws IOException {
        for (String method : List.of("GET", "HEAD")) {
            String response = exchange(method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(headers(response)).as(method + " " + path).contains("x-content-type-options: nosniff");
        }
    }

    /**
     * Clients that open a connection and send half a request hold a thread each while it is read; four of
     * them (more than the old pool of four threads) must not keep the next reader waiting.
     */
    @Test
    void halfSentRequestsDoNotStallTheNextOne() throws IOException {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                socket.getOutputStream().write(("GET /mal.html HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nX-Half: ")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            assertThat(exchange("GET /mal.html HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 200 OK\r\n");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /** Sends {@code request} as written and reads the whole answer (the connection closes after it). */
    static String exchange(String request) throws IOException {
        return exchange(port, request);
    }

    static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000); // a stalled server fails the test rather than hang it
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The header lines of a response, names in lower case. */
    static List<String> headers(String response) {
        String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
        return head.lines().skip(1).map(line -> {
            int colon = line.indexOf(':');
            return colon < 0 ? line : line.substring(0, colon).toLowerCase() + line.substring(colon);
        }).toList();
    }
}
