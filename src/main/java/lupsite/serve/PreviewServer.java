package lupsite.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import lupsite.pipeline.IncrementalBuild;
import lupsite.pipeline.Pipeline;
import lupsite.problem.Failures;
import lupsite.problem.Problem;
import lupsite.problem.Problems;
import lupsite.render.Markup;
import lupsite.render.RenderException;

/**
 * The editor's preview: builds the site into memory, serves it on 127.0.0.1, rebuilds when content or
 * templates change, and makes open pages reload themselves. Nothing is written to disk, so the reload script,
 * which only served pages get, can never end up in a published site. While the content has errors every
 * page shows them instead of a stale site. It answers only requests addressed to it by its loopback name
 * (a web page that rebinds its own host name to 127.0.0.1 gets 403), only GET and HEAD, and closes a connection
 * that has not sent its whole request within {@link #REQUEST_SECONDS}. Whatever a rebuild or the folder watcher
 * throws, Errors included, is shown in the browser, and the next save builds again.
 */
public final class PreviewServer implements AutoCloseable {

    /** How long a client may take to send one request before its connection is closed. */
    static final int REQUEST_SECONDS = 10;

    /** Threads for requests: a request being read holds one, so a few slow clients must not take them all. */
    static final int REQUEST_THREADS = 64;

    static {
        // The JDK's server reads a request on one of the executor's threads and, unless told, waits forever for
        // its end. It reads these settings once, when the first server of the process is made: in lup-site,
        // this one. An explicit -D setting wins.
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        }
    }

    /** Served pages ask this address for the build number and reload when it changes. */
    static final String VERSION_PATH = "/__lup/version";

    private static final String RELOAD_SCRIPT = """
            <script>/* lup-site serve: laddar om sidan när webbplatsen har byggts om. Finns bara i förhandsgranskningen. */
            (function () {
              var built = "%s";
              setInterval(function () {
                fetch("%s", {cache: "no-store"}).then(function (r) { return r.text(); })
                  .then(function (now) { if (now !== built) { location.reload(); } }, function () {});
              }, 500);
            })();
            </script>
            """;

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "csv", "text/csv; charset=utf-8",
            "woff2", "font/woff2",
            "pdf", "application/pdf");

    /** One build's result: the site's files, or (when it failed) the page listing why. */
    private record State(long version, Map<String, byte[]> files, Optional<String> errorPage) {
    }

    /** One build after some files changed, as {@link IncrementalBuild#rebuild} does it. */
    @FunctionalInterface
    interface Build {
        IncrementalBuild.Result rebuild(Collection<Path> changed) throws IOException, RenderException;
    }

    private final Pipeline.Options options;
    private final Supplier<Build> newBuild;
    private Build builds;
    private final PrintWriter log;
    private final HttpServer http;
    private final ThreadPoolExecutor requests;
    private final FolderWatcher watcher;
    private volatile State state = new State(0, Map.of(), Optional.empty());

    /** {@code newBuild} makes the builder, at the start and again after a build that failed other than by content errors. */
    PreviewServer(Pipeline.Options options, int port, PrintWriter log, Supplier<Build> newBuild) throws IOException {
        this.options = options;
        this.newBuild = newBuild;
        this.builds = newBuild.get();
        this.log = log;
        // Bind first: a port in use is reported at once, not after a build.
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        rebuild("start", List.of());
        requests = new ThreadPoolExecutor(REQUEST_THREADS, REQUEST_THREADS, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
            Thread thread = new Thread(r, "lup-site-http");
            thread.setDaemon(true);
            return thread;
        });
        requests.allowCoreThreadTimeOut(true);
        http.setExecutor(requests);
        http.createContext("/", this::handle);
        http.start();
        try {
            watcher = new FolderWatcher(List.of(options.contentDir(), options.templatesDir()), this::changed,
                    this::watcherFailed);
        } catch (IOException e) {
            http.stop(0);
            requests.shutdownNow();
            throw e;
        }
    }

    /**
     * Builds, then serves on {@code port} (0: any free port) until closed; {@code pdf} false leaves out the
     * council PDFs, for faster rebuilds. There is no output folder: the preview never writes the site.
     */
    public static PreviewServer start(Path contentDir, Path templatesDir, boolean pdf, int port, PrintWriter log)
            throws IOException {
        Pipeline.Options options = new Pipeline.Options(contentDir, templatesDir, null, pdf);
        return new PreviewServer(options, port, log, () -> new IncrementalBuild(options)::rebuild);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String address() {
        return "http://127.0.0.1:" + port() + "/";
    }

    private void changed(Set<Path> paths) {
        Path base = options.contentDir().toAbsolutePath().normalize().getParent();
        List<String> names = paths.stream()
                .map(p -> (base == null ? p : base.relativize(p)).toString().replace('\\', '/')).toList();
        rebuild(String.join(", ", names.subList(0, Math.min(3, names.size())))
                + (names.size() > 3 ? " och " + (names.size() - 3) + " till" : ""), paths);
    }

    /**
     * Builds into memory, rendering again only the pages whose inputs changed, and swaps the result in whole;
     * logs what changed, how many pages were rendered and the time it took. Nothing a build throws ends the
     * preview: it is shown instead of the site, and after anything but a template error the next build starts
     * afresh, since the failed one may have left its builder half updated.
     */
    private synchronized void rebuild(String reason, Collection<Path> changed) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        Optional<String> error = Optional.empty();
        Optional<String> failure = Optional.empty();
        Map<String, byte[]> files = state.files();
        String rendered = "";
        try {
            IncrementalBuild.Result result = builds.rebuild(changed);
            problems = result.problems();
            if (result.files().isPresent()) {
                files = result.files().get();
                rendered = ", " + result.renderedPages().size() + " av " + result.pages() + " sidor renderade på nytt";
            } else {
                error = Optional.of(ErrorPage.problems(problems, prefix()));
            }
        } catch (RenderException e) {
            failure = Optional.of(e.getMessage());
            error = Optional.of(ErrorPage.failure("Mallfel", e.getMessage()));
        } catch (IOException | RuntimeException | Error e) {
            builds = newBuild.get();
            failure = Optional.of(Failures.explain(e));
            error = Optional.of(ErrorPage.failure("Bygget misslyckades", failure.get()));
        }
        state = new State(state.version() + 1, files, error);
        long millis = (System.nanoTime() - start) / 1_000_000;
        problems.all().forEach(p -> log.println(p.format(prefix())));
        failure.ifPresent(log::println);
        log.println((reason.equals("start") ? "Byggde" : "Byggde om") + " på " + millis + " ms"
                + (reason.equals("start") ? "" : " (ändrat: " + reason + ")") + ": "
                + (error.isEmpty() ? files.size() + " filer" + rendered + "." : "fel visas i webbläsaren."));
        log.flush();
    }

    /** The folder watcher met a problem but keeps watching: the browser says so until the next build. */
    void watcherFailed(Throwable e) {
        String message = "Bevakningen av " + options.contentDir() + " och " + options.templatesDir()
                + " stötte på ett fel: " + Failures.explain(e) + " Spara filen igen; hjälper det inte, avsluta serve "
                + "(Ctrl+C) och starta den igen.";
        State current = state;
        state = new State(current.version() + 1, current.files(),
                Optional.of(ErrorPage.failure("Förhandsgranskningen ser inte ändringar", message)));
        log.println(message);
        log.flush();
    }

    private String prefix() {
        String prefix = options.contentDir().toString().replace('\\', '/');
        return prefix.endsWith("/") ? prefix : prefix + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            if (!addressedToUs(exchange.getRequestHeaders().getFirst("Host"))) {
                send(exchange, 403, "text/plain; charset=utf-8", ("Förhandsgranskningen svarar bara på adressen "
                        + address() + " (eller http://localhost:" + port() + "/).\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8",
                        "Förhandsgranskningen tar bara emot GET och HEAD.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            State current = state;
            String path = exchange.getRequestURI().getPath();
            if (path.equals(VERSION_PATH)) {
                send(exchange, 200, "text/plain; charset=utf-8", Long.toString(current.version()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String file = path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
            boolean html = file.endsWith(".html");
            if (html && current.errorPage().isPresent()) {
                send(exchange, 500, TYPES.get("html"), withReload(current.errorPage().get(), current.version()));
                return;
            }
            byte[] body = current.files().get(file);
            if (body == null) {
                send(exchange, 404, TYPES.get("html"), withReload(ErrorPage.notFound(file), current.version()));
                return;
            }
            String extension = file.substring(file.lastIndexOf('.') + 1);
            String type = TYPES.getOrDefault(extension, Optional.ofNullable(URLConnection.guessContentTypeFromName(file))
                    .orElse("application/octet-stream"));
            send(exchange, 200, type, html ? withReload(new String(body, StandardCharsets.UTF_8), current.version()) : body);
        }
    }

    /**
     * True for a Host header naming this server by its loopback address or {@code localhost}, with its port. Any
     * other name means a page on another site whose name now points here (DNS rebinding), or a proxy.
     */
    private boolean addressedToUs(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("127.0.0.1:" + port()) || h.equals("localhost:" + port());
    }

    /** The page with the reload script just before {@code </body>}. */
    private static byte[] withReload(String page, long version) {
        String script = RELOAD_SCRIPT.formatted(version, VERSION_PATH);
        int end = page.lastIndexOf("</body>");
        String result = end < 0 ? page + script : page.substring(0, end) + script + page.substring(end);
        return result.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops serving and watching; safe to call more than once. */
    @Override
    public synchronized void close() throws IOException {
        watcher.close();
        http.stop(0);
        requests.shutdownNow();
    }

    /** The pages the preview makes itself, in Swedish like the site. */
    static final class ErrorPage {

        private ErrorPage() {
        }

        static String problems(Problems problems, String prefix) {
            StringBuilder items = new StringBuilder();
            for (Problem.Severity severity : Problem.Severity.values()) {
                List<Problem> some = problems.all().stream().filter(p -> p.severity() == severity).toList();
                if (some.isEmpty()) {
                    continue;
                }
                items.append("<h2>").append(severity == Problem.Severity.ERROR ? "Fel" : "Varningar").append(" (")
                        .append(some.size()).append(")</h2>\n<ul>\n");
                for (Problem p : some) {
                    items.append("<li><code>").append(Markup.escape(prefix + p.position())).append("</code>: ")
                            .append(Markup.escape(p.message())).append("</li>\n");
                }
                items.append("</ul>\n");
            }
            if (problems.dropped() > 0) {
                items.append("<p>... och ").append(problems.dropped()).append(" problem till.</p>\n");
            }
            return page("Innehållet har fel", "<p>Webbplatsen kan inte byggas förrän felen är rättade. Rätta dem "
                    + "och spara: sidan laddas om av sig själv.</p>\n" + items);
        }

        static String failure(String heading, String message) {
            return page(heading, "<p><code>" + Markup.escape(message) + "</code></p>\n<p>Rätta felet och spara: sidan "
                    + "laddas om av sig själv.</p>\n");
        }

        static String notFound(String file) {
            return page("Sidan finns inte", "<p>Webbplatsen har ingen fil som heter <code>" + Markup.escape(file)
                    + "</code>. <a href=\"/index.html\">Till startsidan</a>.</p>\n");
        }

        private static String page(String heading, String body) {
            return "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + Markup.escape(heading)
                    + " – förhandsgranskning</title>\n<style>body{font-family:system-ui,sans-serif;max-width:60rem;"
                    + "margin:2rem auto;padding:0 1rem;line-height:1.5}code{background:#f3f5f7;padding:0 .2em}"
                    + "li{margin:.4rem 0}</style>\n</head>\n<body>\n<main>\n<h1>" + Markup.escape(heading) + "</h1>\n" + body
                    + "</main>\n</body>\n</html>\n";
        }
    }
}
