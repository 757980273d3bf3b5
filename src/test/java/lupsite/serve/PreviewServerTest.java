package lupsite.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/** The preview over real HTTP: serves the site, follows edits, shows content errors, stops cleanly. */
class PreviewServerTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void servesTheSiteFollowsEditsAndShowsErrorsInsteadOfAStaleSite(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.minimal(dir);
        Path content = site.write();
        StringWriter log = new StringWriter();
        try (PreviewServer server = PreviewServer.start(content, TestSite.TEMPLATES, false, 0, new PrintWriter(log, true))) {
            String base = server.address();
            assertThat(base).startsWith("http://127.0.0.1:");

            HttpResponse<String> index = get(base);
            assertThat(index.statusCode()).isEqualTo(200);
            assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(index.body()).contains("<h1>Testplan</h1>", "fetch(\"/__lup/version\"");
            assertThat(get(base + "assets/style.css").body()).doesNotContain("__lup");
            assertThat(get(base + "__lup/version").body()).isEqualTo("1");

            Path goals = content.resolve("goals.yaml");
            String valid = Files.readString(goals);
            Files.writeString(goals, valid.replace("Bättre rehabilitering i länet.", "Ännu bättre rehabilitering i länet."));
            assertThat(await(base + "mal.html", r -> r.body().contains("Ännu bättre rehabilitering")).statusCode())
                    .isEqualTo(200);

            Files.writeString(goals, valid.replace("horizon: 4", "horizon: fyra"));
            HttpResponse<String> broken = await(base + "mal.html", r -> r.statusCode() == 500);
            assertThat(broken.body()).contains("<h1>Innehållet har fel</h1>", "<li><code>"
                    + content.toString().replace('\\', '/') + "/goals.yaml:3:14</code>: &quot;horizon&quot; ska vara "
                    + "ett heltal, men här står text (&quot;fyra&quot;).</li>", "fetch(\"/__lup/version\"");
            assertThat(get(base + "assets/style.css").statusCode()).isEqualTo(200);

            Files.writeString(goals, valid);
            assertThat(await(base + "mal.html", r -> r.statusCode() == 200).body())
                    .contains("Bättre rehabilitering i länet.").doesNotContain("Ännu bättre");
            assertThat(get(base + "finns-inte.html").statusCode()).isEqualTo(404);
        }
        assertThat(log.toString()).containsPattern("Byggde på \\d+ ms: \\d+ filer, 14 av 14 sidor renderade på nytt\\.")
                .containsPattern("Byggde om på \\d+ ms \\(ändrat: content/goals\\.yaml\\): \\d+ filer, \\d+ av 14 sidor "
                        + "renderade på nytt\\.")
                .containsPattern("Byggde om på \\d+ ms \\(ändrat: content/goals\\.yaml\\): fel visas i webbläsaren\\.")
                .contains("goals.yaml:3:14: \"horizon\" ska vara ett heltal");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void aLinkOutOfTheContentIsShownAsAnErrorAndItsTargetIsNeverServed(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("hemlig.txt"), "TOKEN=hemlig");
        TestSite site = TestSite.minimal(dir).with("pages/bild.md", "---\ntitle: Bild\n---\n![Karta](../images/x.png)\n");
        Path content = site.write();
        Files.createDirectories(content.resolve("images"));
        Files.createSymbolicLink(content.resolve("images/x.png"), secret);
        try (PreviewServer server = PreviewServer.start(content, TestSite.TEMPLATES, false, 0,
                new PrintWriter(new StringWriter(), true))) {
            HttpResponse<String> page = get(server.address() + "sida-bild.html");
            assertThat(page.statusCode()).isEqualTo(500);
            assertThat(page.body()).contains("/images/x.png:1:1</code>: Filen är en symbolisk länk.")
                    .doesNotContain("hemlig");
            for (String path : new String[]{"filer/images/x.png", "images/x.png", "filer/../images/x.png"}) {
                HttpResponse<String> file = get(server.address() + path);
                assertThat(file.statusCode()).as(path).isEqualTo(404);
                assertThat(file.body()).as(path).doesNotContain("TOKEN");
            }
        }
    }

    @Test
    void ctrlCStopsTheCommandCleanly(@TempDir Path dir) throws Exception {
        ServeProcess serve = ServeProcess.start(TestSite.minimal(dir).write(), dir.resolve("serve.log"));
        assertThat(get(serve.base()).statusCode()).isEqualTo(200);

        // SIGTERM runs the same shutdown hook as Ctrl+C's SIGINT.
        serve.process.destroy();

        assertThat(serve.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(serve.lines()).containsSubsequence(serve.started, "Förhandsgranskningen avslutad.");
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Polls as an open page does, until the rebuilt site shows what {@code ready} wants. */
    static HttpResponse<String> await(String url, Predicate<HttpResponse<String>> ready) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        HttpResponse<String> response = get(url);
        while (!ready.test(response) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            response = get(url);
        }
        assertThat(ready).as("%s never became ready; last answer %s: %s", url, response.statusCode(), response.body())
                .accepts(response);
        return response;
    }
}
