package lupsite.serve;

import static lupsite.serve.PreviewServerTest.await;
import static lupsite.serve.PreviewServerTest.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import lupsite.pipeline.IncrementalBuild;
import lupsite.pipeline.Pipeline;
import lupsite.render.Markup;
import lupsite.render.RenderException;
import lupsite.testsupport.TestSite;

/**
 * Nothing a rebuild throws ends the preview: each failure is shown in the browser as the error page, the log
 * says it in a sentence (no stack trace), and the next save builds the site again.
 */
class PreviewFailureTest {

    /** The real build, except that the call after {@link #failNext} throws what it was given. */
    static final class FaultyBuild implements PreviewServer.Build {
        private final IncrementalBuild real;
        private volatile Throwable next;

        FaultyBuild(Pipeline.Options options) {
            real = new IncrementalBuild(options);
        }

        void failNext(Throwable failure) {
            next = failure;
        }

        @Override
        public IncrementalBuild.Result rebuild(Collection<Path> changed) throws IOException, RenderException {
            Throwable failure = next;
            next = null;
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return real.rebuild(changed);
        }
    }

    /** What each stage of a build throws when it fails past its own checks, and the sentence the editor sees. */
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("load: a folder vanishes while it is read",
                        new UncheckedIOException(new NoSuchFileException("content/pages")),
                        "En fil eller mapp försvann medan den lästes: content/pages. Spara igen."),
                Arguments.of("load: a file cannot be read", new IOException("Permission denied"),
                        "En fil kunde inte läsas eller skrivas: Permission denied."),
                Arguments.of("check: Markdown nested past the stack", new StackOverflowError(),
                        "Något i innehållet eller mallarna är nästlat i för många nivåer för att kunna byggas "
                                + "(StackOverflowError), till exempel listor i listor eller en mall som anropar sig "
                                + "själv. Ändra det du sparade senast."),
                Arguments.of("derive: a number past the range", new NumberFormatException("For input string: \"99999999999999999999\""),
                        "Oväntat fel: NumberFormatException: For input string: \"99999999999999999999\""),
                Arguments.of("render: a page too large for memory", new OutOfMemoryError("Java heap space"),
                        "Minnet tog slut under bygget (OutOfMemoryError). Ändra det du sparade senast; en fil eller "
                                + "mall som gör en mycket stor sida är den troliga orsaken."),
                Arguments.of("render: a bug", new NullPointerException(), "Oväntat fel: NullPointerException."),
                Arguments.of("any stage: an error of the JVM", new NoClassDefFoundError("lupsite/render/Views"),
                        "Oväntat fel: NoClassDefFoundError: lupsite/render/Views"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailureIsShownAndTheNextSaveBuildsAgain(String stage, Throwable failure, String sentence, @TempDir Path dir)
            throws Exception {
        Path content = TestSite.minimal(dir).write();
        Pipeline.Options options = new Pipeline.Options(content, TestSite.TEMPLATES, null, false);
        FaultyBuild build = new FaultyBuild(options);
        StringWriter log = new StringWriter();
        try (PreviewServer server = new PreviewServer(options, 0, new PrintWriter(log, true), () -> build)) {
            String base = server.address();
            Path goals = content.resolve("goals.yaml");
            String valid = Files.readString(goals);

            build.failNext(failure);
            Files.writeString(goals, valid.replace("Bättre rehabilitering i länet.", "Ändrad men inte byggd."));
            HttpResponse<String> shown = await(base + "mal.html", r -> r.statusCode() == 500);
            assertThat(shown.body()).contains("<h1>Bygget misslyckades</h1>", "<code>" + Markup.escape(sentence) + "</code>",
                    "fetch(\"/__lup/version\"");
            assertThat(get(base + "assets/style.css").statusCode()).as("the last good build's assets").isEqualTo(200);

            Files.writeString(goals, valid.replace("Bättre rehabilitering i länet.", "Rättat och byggt."));
            assertThat(await(base + "mal.html", r -> r.statusCode() == 200).body()).contains("Rättat och byggt.");
        }
        assertThat(log.toString()).contains(sentence + System.lineSeparator()
                + "Byggde om på").doesNotContain("\tat ", "Exception in thread");
    }

    @Test
    void aFailureOfTheFirstBuildIsShownToo(@TempDir Path dir) throws Exception {
        Path content = TestSite.minimal(dir).write();
        Pipeline.Options options = new Pipeline.Options(content, TestSite.TEMPLATES, null, false);
        FaultyBuild build = new FaultyBuild(options);
        build.failNext(new StackOverflowError());
        try (PreviewServer server = new PreviewServer(options, 0, new PrintWriter(new StringWriter(), true), () -> build)) {
            assertThat(get(server.address()).statusCode()).isEqualTo(500);
            Files.writeString(content.resolve("goals.yaml"), Files.readString(content.resolve("goals.yaml")) + "\n");
            assertThat(await(server.address(), r -> r.statusCode() == 200).body()).contains("<h1>Testplan</h1>");
        }
    }

    /** Markdown nested 2,000 levels deep, saved while serving, is the check's located error, not a stack overflow. */
    @Test
    void deeplyNestedMarkdownIsShownAsItsErrorAndFixingItBringsTheSiteBack(@TempDir Path dir) throws Exception {
        Path content = TestSite.minimal(dir).write();
        Path summary = content.resolve("followups/2019-11-18/summary.md");
        StringWriter log = new StringWriter();
        try (PreviewServer server = PreviewServer.start(content, TestSite.TEMPLATES, false, 0, new PrintWriter(log, true))) {
            String base = server.address();

            Files.writeString(summary, "- ".repeat(2000) + "djupt\n");
            HttpResponse<String> shown = await(base, r -> r.statusCode() == 500);
            assertThat(shown.body()).contains("<h1>Innehållet har fel</h1>", "<li><code>" + content.toString()
                    .replace('\\', '/') + "/followups/2019-11-18/summary.md:1:101</code>: Texten är nästlad i fler än 50 "
                    + "nivåer (listor i listor, citat i citat eller betoning i betoning).");

            Files.writeString(summary, "- platt\n");
            assertThat(await(base, r -> r.statusCode() == 200).body()).contains("<li>platt</li>");
        }
        assertThat(log.toString()).doesNotContain("\tat ", "Exception in thread", "StackOverflowError");
    }

    /**
     * Real failures from the templates: an unknown variable (a template error, located) and a macro that calls
     * itself (a StackOverflowError in the render, on a helper thread); fixing the template brings the site back.
     */
    @Test
    void aBrokenOrEndlessTemplateIsShownAndFixingItBringsTheSiteBack(@TempDir Path dir) throws Exception {
        Path content = TestSite.minimal(dir).write();
        Path templates = TestSite.copyTemplates(dir.resolve("templates"));
        Path goalsTemplate = templates.resolve("goals.ftlh");
        String valid = Files.readString(goalsTemplate);
        StringWriter log = new StringWriter();
        try (PreviewServer server = PreviewServer.start(content, templates, false, 0, new PrintWriter(log, true))) {
            String base = server.address();

            Files.writeString(goalsTemplate, "${finnsInte}\n" + valid);
            HttpResponse<String> broken = await(base + "mal.html", r -> r.statusCode() == 500);
            assertThat(broken.body()).contains("<h1>Mallfel</h1>", "<code>" + templates.toString().replace('\\', '/')
                    + "/goals.ftlh:1:3: Mallfel: ");

            Files.writeString(goalsTemplate, "<#macro again><@again/></#macro><@again/>\n" + valid);
            HttpResponse<String> endless = await(base + "mal.html", r -> r.body().contains("StackOverflowError"));
            assertThat(endless.body()).contains("<h1>Bygget misslyckades</h1>", "<code>Något i innehållet eller mallarna "
                    + "är nästlat i för många nivåer för att kunna byggas (StackOverflowError)");

            Files.writeString(goalsTemplate, valid);
            assertThat(await(base + "mal.html", r -> r.statusCode() == 200).body()).contains("Bättre rehabilitering i länet.");
        }
        assertThat(log.toString()).doesNotContain("\tat ", "Exception in thread");
    }

    /** A failure of the folder watcher itself is shown until the next build replaces it. */
    @Test
    void aWatcherFailureIsShownUntilTheNextBuild(@TempDir Path dir) throws Exception {
        Path content = TestSite.minimal(dir).write();
        StringWriter log = new StringWriter();
        try (PreviewServer server = PreviewServer.start(content, TestSite.TEMPLATES, false, 0, new PrintWriter(log, true))) {
            String base = server.address();
            server.watcherFailed(new IOException("User limit of inotify watches reached"));
            String sentence = "Bevakningen av " + content + " och " + TestSite.TEMPLATES + " stötte på ett fel: En fil "
                    + "kunde inte läsas eller skrivas: User limit of inotify watches reached. Spara filen igen; hjälper det inte, "
                    + "avsluta serve (Ctrl+C) och starta den igen.";
            HttpResponse<String> shown = get(base + "mal.html");
            assertThat(shown.statusCode()).isEqualTo(500);
            assertThat(shown.body()).contains("<h1>Förhandsgranskningen ser inte ändringar</h1>",
                    "<code>" + Markup.escape(sentence) + "</code>");
            assertThat(log.toString()).contains(sentence);

            Path goals = content.resolve("goals.yaml");
            Files.writeString(goals, Files.readString(goals).replace("Bättre rehabilitering", "Bevakad rehabilitering"));
            assertThat(await(base + "mal.html", r -> r.statusCode() == 200).body()).contains("Bevakad rehabilitering");
        }
    }
}
