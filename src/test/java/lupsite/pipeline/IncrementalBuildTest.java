package lupsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.problem.Problems;
import lupsite.write.OutputFolder;
import lupsite.testsupport.TestSite;
import lupsite.testsupport.TreeDigest;

/** In the style of Hugo's rebuild tests: edit one file, count the pages rendered again. */
class IncrementalBuildTest {

    private static final String FOLLOW_UP = "followups/2019-11-18/followup.yaml";

    @TempDir
    Path temp;

    private Path content;
    private Path templates;
    private IncrementalBuild build;
    private IncrementalBuild.Result latest;

    @BeforeEach
    void firstBuild() throws Exception {
        content = TestSite.minimal(temp).contentDir();
        templates = temp.resolve("templates");
        TestSite.copyTemplates(templates);
        build = new IncrementalBuild(new Pipeline.Options(content, templates, null, false));

        IncrementalBuild.Result first = build.build();
        latest = first;

        assertThat(first.renderedPages()).hasSize(first.pages()).hasSize(14);
    }

    @Test
    void nothingChangedRendersNothing() throws Exception {
        IncrementalBuild.Result again = build.rebuild(List.of());

        assertThat(again.renderedPages()).isEmpty();
        assertThat(again.summary()).matches("Byggde om 0 av 14 sidor \\(\\d+ filer\\) på \\d+ ms\\.");
        assertThat(digests(again)).isEqualTo(digests(latest));
    }

    @Test
    void editingAFreePageRendersOnlyThatPage() throws Exception {
        Path page = edit("pages/budget.md", "| Intäkter | 6 250 000 |", "| Intäkter | 6 300 000 |");

        IncrementalBuild.Result again = build.rebuild(List.of(page));

        assertThat(again.renderedPages()).containsExactly("sida-budget.html");
        assertSameAsAFullBuild(again);
    }

    /**
     * A note is on the follow-up, its changes page, the history, the area (latest status) and on every page that is
     * given the latest follow-up's view: the start page and the list of follow-ups, which show only titles
     * but receive the whole view.
     */
    @Test
    void editingOneActivityNoteRendersThePagesThatShowIt() throws Exception {
        Path followUp = edit(FOLLOW_UP, "note: Utbildning pågår.", "note: Utbildning pågår i hela länet.");

        IncrementalBuild.Result again = build.rebuild(List.of(followUp));

        assertThat(again.renderedPages()).containsExactly("forandringar-2019-11-18.html", "historik.html", "index.html",
                "omrade-rehabilitering.html", "omraden.html", "uppfoljning-2019-11-18.html", "uppfoljningar.html");
        assertSameAsAFullBuild(again);
    }

    @Test
    void aCouncilPdfIsReusedWhenNothingItShowsChanged() throws Exception {
        IncrementalBuild withPdf = new IncrementalBuild(new Pipeline.Options(content, templates, null, true));
        assertThat(withPdf.build().renderedPages()).contains("pdf/lup-uppfoljning-2019-11-18.pdf");
        Path page = edit("pages/budget.md", "| Intäkter | 6 250 000 |", "| Intäkter | 6 300 000 |");

        IncrementalBuild.Result again = withPdf.rebuild(List.of(page));

        assertThat(again.renderedPages()).containsExactly("sida-budget.html");
        assertThat(again.files().orElseThrow()).containsKey("pdf/lup-uppfoljning-2019-11-18.pdf");
    }

    /** A page's own PDF is made again when a page in it changes, and only then. */
    @Test
    void aPagesPdfIsMadeAgainWhenAPageInItChanges() throws Exception {
        Files.writeString(content.resolve("pages/rapport.md"), "---\ntitle: Rapport\npdf: true\n---\n## Bakgrund\n");
        Files.writeString(content.resolve("pages/kapitel.md"), "---\ntitle: Kapitel\nparent: rapport\n---\nText.\n");
        IncrementalBuild withPdf = new IncrementalBuild(new Pipeline.Options(content, templates, null, true));
        assertThat(withPdf.build().renderedPages()).contains("pdf/sida-rapport.pdf");

        Path budget = edit("pages/budget.md", "| Intäkter | 6 250 000 |", "| Intäkter | 6 300 000 |");
        assertThat(withPdf.rebuild(List.of(budget)).renderedPages()).containsExactly("sida-budget.html");
        Path chapter = edit("pages/kapitel.md", "Text.", "Ny text.");
        IncrementalBuild.Result again = withPdf.rebuild(List.of(chapter));

        assertThat(again.renderedPages()).containsExactly("pdf/sida-rapport.pdf", "sida-kapitel.html");
        assertThat(again.files().orElseThrow()).containsKey("pdf/lup-uppfoljning-2019-11-18.pdf");
    }

    @Test
    void aChangedTemplateRendersEverything() throws Exception {
        Path layout = templates.resolve("page.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("<div class=\"prose\">", "<div class=\"prose text\">"));

        IncrementalBuild.Result again = build.rebuild(List.of(layout));

        assertThat(again.renderedPages()).hasSize(14);
    }

    @Test
    void contentWithErrorsLeavesTheSiteAndTheNextRebuildWorks() throws Exception {
        Path followUp = edit(FOLLOW_UP, "status: pagar", "status: pagarr");
        IncrementalBuild.Result broken = build.rebuild(List.of(followUp));
        edit(FOLLOW_UP, "status: pagarr", "status: genomford");

        IncrementalBuild.Result fixed = build.rebuild(List.of(followUp));

        assertThat(broken.files()).isEmpty();
        assertThat(broken.summary()).matches("Innehållet har fel; webbplatsen är oförändrad \\(\\d+ ms\\)\\.");
        assertThat(fixed.renderedPages()).contains("uppfoljning-2019-11-18.html");
        assertSameAsAFullBuild(fixed);
    }

    private Path edit(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
        return path;
    }

    private void assertSameAsAFullBuild(IncrementalBuild.Result result) throws Exception {
        Path full = temp.resolve("full");
        Pipeline.build(new Pipeline.Options(content, templates, full, false), new Problems()).orElseThrow();
        Map<String, String> written = new TreeMap<>(TreeDigest.of(full));
        written.remove(OutputFolder.MANIFEST); // a folder's record of what is its own; serve keeps no folder
        assertThat(digests(result)).isEqualTo(written);
    }

    private static Map<String, String> digests(IncrementalBuild.Result result) {
        return result.files().orElseThrow().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> TreeDigest.sha256(e.getValue())));
    }
}
