package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

import lupsite.testsupport.AxeChecker;
import lupsite.testsupport.BundledSite;
import lupsite.testsupport.HeadlessChromium;
import lupsite.testsupport.Nginx;
import lupsite.testsupport.Screenshots;
import lupsite.testsupport.TestSite;
import lupsite.write.Publisher;

/**
 * The bundled site as IT publishes it: served by Debian's nginx with ci-recipes/nginx-lup-site.conf under the
 * sub-path /lup/, and checked there in Chromium: axe on every page, every link, the search, and the
 * configuration's Content-Security-Policy, which no page may violate. Also the headers the configuration
 * promises: types with charset, caching, dotfiles hidden.
 */
class NginxSiteTest {

    static final Path CONFIGURATION = Path.of("ci-recipes/nginx-lup-site.conf");
    static final String ALIAS = "alias /srv/www/lup/;";
    static final String SUB_PATH = "/lup/";

    /** Records, from before a page's first byte is parsed, what the page's Content-Security-Policy blocked. */
    static final String RECORD_VIOLATIONS = """
            window.cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(
              e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at line ' + e.lineNumber));
            """;

    @TempDir
    static Path dir;

    static Path served;
    static Nginx nginx;
    static HeadlessChromium chromium;
    static ChromeDriver driver;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Optional<Path> program = Nginx.program();
        if (program.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("nginx is missing: run bash .ci/setup (apt-get install nginx)");
            }
            assumeTrue(false, "nginx is not installed (bash .ci/setup installs it)");
        }
        served = dir.resolve("www/lup");
        Publisher.publish(BundledSite.site(), served, List.of()); // as the CI recipes do; the files below are the tests' own
        Files.writeString(Files.createDirectories(served.resolve("filer")).resolve("diagram.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><title>Ö</title></svg>\n");
        Files.writeString(served.resolve("csp-prov.html"), """
                <!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Prov</title>
                <style>body { color: red; }</style></head>
                <body><p style="color: blue">Prov</p><script>document.title = 'körd';</script></body></html>
                """);
        String configuration = Files.readString(CONFIGURATION);
        assertThat(configuration.split(Pattern.quote(ALIAS), -1)).as("the alias line to change").hasSize(2);
        nginx = Nginx.start(program.get(), dir.resolve("nginx"),
                configuration.replace(ALIAS, "alias " + served.toAbsolutePath() + "/;"));
        chromium = HeadlessChromium.start(Path.of("target/browser"));
        driver = chromium.driver();
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
        AxeChecker.preload(driver);
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (nginx != null) {
            nginx.close();
        }
    }

    private static URI page(String page) {
        return nginx.uri(SUB_PATH + page);
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations() {
        return (List<String>) driver.executeScript("return window.cspViolations;");
    }

    @Test
    void axeFindsNothingOnAnyPageAndThePolicyBlocksNothing() {
        int before = nginx.requests().size();
        List<AxeChecker.Violation> axe = new ArrayList<>();
        List<String> blocked = new ArrayList<>();
        chromium.setViewport(Screenshots.DESKTOP_WIDTH, 800);
        try {
            for (String page : BundledSite.pages()) {
                axe.addAll(AxeChecker.check(driver, page(page), page + " under nginx"));
                assertThat(driver.executeScript("return getComputedStyle(document.querySelector('a.skip')).position;"))
                        .as(page + " has its stylesheet").isEqualTo("absolute");
                violations().forEach(v -> blocked.add(page + ": " + v));
            }
        } finally {
            chromium.resetViewport();
        }
        assertThat(AxeChecker.report(axe)).isEmpty();
        assertThat(blocked).isEmpty();
        List<String> requests = nginx.requests();
        assertThat(requests.subList(before, requests.size()))
                .filteredOn(r -> !r.startsWith("200 ") && !r.startsWith("304 "))
                .as("requests nginx did not answer with the file").allMatch(r -> r.equals("404 /favicon.ico"));
    }

    /** Guards the guard: an inline style, style attribute and script are blocked, and the recorder sees it. */
    @Test
    void thePolicyBlocksInlineStylesAndScripts() {
        driver.get(page("csp-prov.html").toString());

        assertThat(violations()).anySatisfy(v -> assertThat(v).startsWith("style-src-elem blocked inline"))
                .anySatisfy(v -> assertThat(v).startsWith("style-src-attr blocked inline"))
                .anySatisfy(v -> assertThat(v).startsWith("script-src-elem blocked inline"));
        assertThat(driver.getTitle()).isEqualTo("Prov");
    }

    /** Every link on every page, followed as a reader would, leads to a file nginx has under the sub-path. */
    @Test
    void everyLinkOnEveryPageLeadsToAFile() throws Exception {
        TreeSet<String> targets = new TreeSet<>();
        for (String page : BundledSite.pages()) {
            for (String href : TestSite.html(BundledSite.site(), page).select("a[href], link[href]").eachAttr("href")) {
                addTarget(targets, page, href);
            }
            for (String src : TestSite.html(BundledSite.site(), page).select("script[src]").eachAttr("src")) {
                addTarget(targets, page, src);
            }
        }
        List<String> broken = new ArrayList<>();
        for (String target : targets) {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(target)).method("HEAD",
                    HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                broken.add(response.statusCode() + " " + target);
            }
        }
        assertThat(targets).hasSizeGreaterThan(BundledSite.pages().size());
        assertThat(broken).isEmpty();
    }

    private static void addTarget(TreeSet<String> targets, String page, String href) {
        URI resolved = page(page).resolve(href);
        if (resolved.getScheme().equals("http") && resolved.getPort() == page(page).getPort()) {
            targets.add(resolved.resolve(resolved.getRawPath()).toString()); // without the #fragment
        }
    }

    @Test
    void searchFindsWordsUnderThePolicy() {
        driver.get(page(SiteUrls.SEARCH).toString());
        driver.findElement(By.id("sok-ord")).sendKeys("forsakringsmedicin", Keys.ENTER);

        assertThat(driver.findElement(By.id("sok-status")).getText()).matches("\\d+ träffar för ”forsakringsmedicin”\\.");
        assertThat(driver.findElements(By.cssSelector("#sok-traffar li"))).isNotEmpty();
        assertThat(violations()).isEmpty();
    }

    private static HttpResponse<Void> head(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(nginx.uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(none)");
    }

    @Test
    void everyKindOfFileHasItsTypeWithCharsetAndItsCaching() throws Exception {
        String csv = "/lup/data/" + first(served.resolve("data"), ".csv");
        String pdf = "/lup/pdf/" + first(served.resolve("pdf"), ".pdf");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/lup/", "text/html; charset=utf-8 | no-cache");
        expected.put("/lup/mal.html", "text/html; charset=utf-8 | no-cache");
        expected.put("/lup/assets/style.css", "text/css; charset=utf-8 | max-age=3600");
        expected.put("/lup/" + SiteUrls.STATUS_COLOURS, "text/css; charset=utf-8 | max-age=3600");
        expected.put("/lup/assets/sok.js", "text/javascript; charset=utf-8 | max-age=3600");
        expected.put("/lup/" + SiteUrls.SEARCH_INDEX, "text/javascript; charset=utf-8 | no-cache");
        expected.put("/lup/" + "data/lup.json", "application/json; charset=utf-8 | no-cache");
        expected.put(csv, "text/csv; charset=utf-8 | no-cache");
        expected.put("/lup/filer/diagram.svg", "image/svg+xml; charset=utf-8 | no-cache");
        expected.put(pdf, "application/pdf | no-cache");
        Map<String, String> actual = new LinkedHashMap<>();
        for (String path : expected.keySet()) {
            HttpResponse<Void> response = head(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(header(response, "X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            actual.put(path, header(response, "Content-Type") + " | " + header(response, "Cache-Control"));
        }
        assertThat(actual).containsExactlyEntriesOf(expected);
        for (String document : List.of("/lup/", "/lup/filer/diagram.svg")) {
            assertThat(header(head(document), "Content-Security-Policy")).startsWith("default-src 'none'; ")
                    .doesNotContain("unsafe");
        }
        assertThat(head(pdf).headers().firstValue("Content-Security-Policy")).isEmpty();
    }

    private static String first(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(suffix)).sorted().findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void dotfilesAreNotServedAndTheBarePathLeadsToTheSite() throws Exception {
        assertThat(head("/lup/.lup-site-manifest").statusCode()).isEqualTo(404);
        HttpResponse<Void> bare = head("/lup");
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(header(bare, "Location")).isEqualTo("/lup/");
    }
}
