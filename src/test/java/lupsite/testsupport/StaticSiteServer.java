package lupsite.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a built static site from a folder on {@code http://127.0.0.1:<free port>/<base path>}, the
 * way a plain static web server would: {@code /dir/} serves {@code /dir/index.html}, other
 * paths map to files, anything else (including anything outside the base path) is 404. Requests
 * for missing files are recorded, so a test can also fail on broken local links, images and
 * stylesheets, or on a root-absolute address that escapes the sub-path.
 */
public final class StaticSiteServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("pdf", "application/pdf"));

    private final Path root;
    private final String basePath;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<String> notFound = Collections.synchronizedList(new ArrayList<>());

    private StaticSiteServer(Path root, String basePath, HttpServer server, ExecutorService executor) {
        this.root = root;
        this.basePath = basePath;
        this.server = server;
        this.executor = executor;
    }

    public static StaticSiteServer start(Path siteRoot) {
        return start(siteRoot, "/");
    }

    /** Serves the site under {@code basePath} (e.g. {@code /intranat/lup/}), as an intranet server might. */
    public static StaticSiteServer start(Path siteRoot, String basePath) {
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("base path must start and end with /: " + basePath);
        }
        Path root = siteRoot.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("no site at " + root);
        }
        try {
            // 127.0.0.1 explicitly: Chromium's resolver rule only lets that literal through.
            HttpServer server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "static-site-server");
                t.setDaemon(true);
                return t;
            });
            StaticSiteServer s = new StaticSiteServer(root, basePath, server, executor);
            server.createContext("/", s::handle);
            server.setExecutor(executor);
            server.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL, ending in a slash, e.g. {@code http://127.0.0.1:40123/intranat/lup/}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + basePath);
    }

    /** URL of a file (or folder) of the site, given relative to the site's root. */
    public URI uriOf(Path fileInSite) {
        Path rel = root.relativize(fileInSite.toAbsolutePath().normalize());
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (sb.length() > 0) sb.append('/');
            sb.append(encodeSegment(part.toString()));
        }
        return baseUri().resolve(sb.toString());
    }

    private static String encodeSegment(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** Every {@code .html} file of the site, sorted. */
    public List<Path> htmlFiles() {
        return htmlFiles(root);
    }

    public static List<Path> htmlFiles(Path siteRoot) {
        try (Stream<Path> s = Files.walk(siteRoot)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".html"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    /** Paths that were asked for and not found (404), in request order. */
    public List<String> notFound() {
        synchronized (notFound) {
            return List.copyOf(notFound);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = ex.getRequestURI().getRawPath();
            String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (!path.startsWith(basePath)) {
                missing(ex, path);
                return;
            }
            Path file = root.resolve(path.substring(basePath.length())).normalize();
            if (!file.startsWith(root)) {
                send(ex, 403, "text/plain; charset=utf-8", "forbidden".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    ex.getResponseHeaders().set("Location", rawPath + "/");
                    send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                missing(ex, path);
                return;
            }
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            byte[] body = Files.readAllBytes(file);
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            if (method.equals("HEAD")) {
                ex.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
                ex.sendResponseHeaders(200, -1);
                return;
            }
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
    }

    private void missing(HttpExchange ex, String path) throws IOException {
        // Chromium asks for /favicon.ico on its own; that is not a broken link.
        if (!path.equals("/favicon.ico")) {
            notFound.add(path);
        }
        send(ex, 404, "text/plain; charset=utf-8", ("not found: " + path).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
