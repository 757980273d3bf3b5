package lupsite.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Debian's nginx ({@code bash .ci/setup}), started for a test on 127.0.0.1 on a free port, in the foreground and
 * as one process, with everything it writes under a temporary prefix; never the system's service. The server
 * block includes a configuration snippet as a web server would; the access log lists each request as
 * {@code <status> <uri>}.
 */
public final class Nginx implements AutoCloseable {

    private final Process process;
    private final Path prefix;
    private final int port;

    private Nginx(Process process, Path prefix, int port) {
        this.process = process;
        this.prefix = prefix;
        this.port = port;
    }

    /** The nginx program, if installed. */
    public static Optional<Path> program() {
        return Stream.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx")).filter(Files::isExecutable).findFirst();
    }

    /** Starts nginx with {@code snippet} (the text of a file meant for inclusion in a server block). */
    public static Nginx start(Path program, Path prefix, String snippet) {
        try {
            Files.createDirectories(prefix.resolve("tmp"));
            Files.writeString(prefix.resolve("site.conf"), snippet);
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Files.writeString(prefix.resolve("nginx.conf"), """
                    daemon off;
                    master_process off;
                    worker_processes 1;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log warn;
                    events { worker_connections 64; }
                    http {
                      log_format status_uri '$status $request_uri';
                      access_log %1$s/access.log status_uri;
                      client_body_temp_path %1$s/tmp/body;
                      proxy_temp_path %1$s/tmp/proxy;
                      fastcgi_temp_path %1$s/tmp/fastcgi;
                      uwsgi_temp_path %1$s/tmp/uwsgi;
                      scgi_temp_path %1$s/tmp/scgi;
                      server {
                        listen 127.0.0.1:%2$d;
                        include %1$s/site.conf;
                      }
                    }
                    """.formatted(prefix.toAbsolutePath(), port));
            Process process = new ProcessBuilder(program.toString(), "-p", prefix.toAbsolutePath().toString(),
                    "-c", prefix.resolve("nginx.conf").toAbsolutePath().toString(),
                    "-e", prefix.resolve("error.log").toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
            Nginx nginx = new Nginx(process, prefix, port);
            nginx.awaitListening();
            return nginx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(prefix.resolve("nginx.out")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 100);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    /** {@code http://127.0.0.1:<port>} followed by {@code path}. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Every request so far as "status uri", in order. */
    public List<String> requests() {
        try {
            Path log = prefix.resolve("access.log");
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
