package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.testsupport.TestSite;

/** Builds with PDFs, in a row, sharing one cache folder, and what each build takes from it. */
class PdfCacheTest {

    private static final String OLDER = "pdf/lup-uppfoljning-2019-11-18.pdf";
    private static final String NEWER = "pdf/lup-uppfoljning-2020-05-31.pdf";

    @TempDir
    Path dir;

    private TestSite twoFollowUps(String newerNote) {
        return TestSite.minimal(dir.resolve("content-" + newerNote.hashCode()))
                .with("followups/2020-05-31/followup.yaml", """
                        date: 2020-05-31
                        title: Lägesavstämning per 2020-05-31
                        goals:
                          battre-rehabilitering:
                            status: uppfyllt
                            comment: Rutinerna används.
                          lagre-sjuktal:
                            status: uppfyllt
                            comment: Skillnaden har minskat mer.
                        activities:
                          rutiner:
                            status: genomford
                            note: Rutinerna är klara.
                          utbildning:
                            status: genomford
                            note: %s
                        """.formatted(newerNote));
    }

    private int build(Path content, Path templates, Path out, PdfCache cache) throws Exception {
        Problems problems = new Problems();
        assertThat(Pipeline.build(new Pipeline.Options(content, templates, out, true, cache), problems)).isPresent();
        return cache.reused();
    }

    private static long files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void anUnchangedFollowUpKeepsItsPdfAndAChangedOneIsRenderedAgain() throws Exception {
        Path cache = dir.resolve("cache");
        Path content = twoFollowUps("Alla har gått utbildningen.").write();

        assertThat(build(content, TestSite.TEMPLATES, dir.resolve("first"), PdfCache.in(cache))).isZero();
        assertThat(files(cache)).isEqualTo(2);
        assertThat(build(content, TestSite.TEMPLATES, dir.resolve("second"), PdfCache.in(cache))).isEqualTo(2);
        for (String pdf : new String[] {OLDER, NEWER}) {
            assertThat(dir.resolve("second").resolve(pdf)).hasSameBinaryContentAs(dir.resolve("first").resolve(pdf));
        }

        Path edited = twoFollowUps("Nästan alla har gått utbildningen.").write();
        assertThat(build(edited, TestSite.TEMPLATES, dir.resolve("third"), PdfCache.in(cache))).isEqualTo(1);
        assertThat(dir.resolve("third").resolve(OLDER)).hasSameBinaryContentAs(dir.resolve("first").resolve(OLDER));
        assertThat(Files.readAllBytes(dir.resolve("third").resolve(NEWER)))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("first").resolve(NEWER)))
                .isEqualTo(Files.readAllBytes(build(edited, TestSite.TEMPLATES, PdfCache.NONE).resolve(NEWER)));
        assertThat(files(cache)).as("the PDF the edit replaced is gone").isEqualTo(2);
    }

    /** A page's own PDF is kept like a follow-up's: taken from the cache until a page in it changes. */
    @Test
    void aPagesPdfIsKeptUntilAPageInItChanges() throws Exception {
        Path cache = dir.resolve("cache");
        String pdf = "pdf/sida-rapport.pdf";
        TestSite report = TestSite.minimal(dir.resolve("content"))
                .with("pages/rapport.md", "---\ntitle: Rapport\npdf: true\n---\n## Bakgrund\n")
                .with("pages/kapitel.md", "---\ntitle: Kapitel\nparent: rapport\n---\nText.\n");
        Path content = report.write();

        assertThat(build(content, TestSite.TEMPLATES, dir.resolve("first"), PdfCache.in(cache))).isZero();
        assertThat(build(content, TestSite.TEMPLATES, dir.resolve("second"), PdfCache.in(cache))).isEqualTo(2);
        assertThat(dir.resolve("second").resolve(pdf)).hasSameBinaryContentAs(dir.resolve("first").resolve(pdf));

        Path edited = report.with("pages/kapitel.md", "---\ntitle: Kapitel\nparent: rapport\n---\nNy text.\n").write();
        assertThat(build(edited, TestSite.TEMPLATES, dir.resolve("third"), PdfCache.in(cache))).isEqualTo(1);
        assertThat(Files.readAllBytes(dir.resolve("third").resolve(pdf)))
                .isNotEqualTo(Files.readAllBytes(dir.resolve("first").resolve(pdf)));
        assertThat(files(cache)).isEqualTo(2);
    }

    @Test
    void aCachedFileThatIsNoLongerAWholePdfIsRenderedAgain() throws Exception {
        Path cache = dir.resolve("cache");
        Path content = twoFollowUps("Alla har gått utbildningen.").write();
        build(content, TestSite.TEMPLATES, dir.resolve("first"), PdfCache.in(cache));
        List<Path> cached;
        try (Stream<Path> files = Files.list(cache)) {
            cached = files.sorted().toList();
        }
        byte[] whole = Files.readAllBytes(cached.get(0));
        Files.write(cached.get(0), java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(cached.get(1), "");

        assertThat(build(content, TestSite.TEMPLATES, dir.resolve("second"), PdfCache.in(cache))).isZero();
        for (String pdf : new String[] {OLDER, NEWER}) {
            assertThat(dir.resolve("second").resolve(pdf)).hasSameBinaryContentAs(dir.resolve("first").resolve(pdf));
        }
        assertThat(build(content, TestSite.TEMPLATES, dir.resolve("third"), PdfCache.in(cache))).isEqualTo(2);
    }

    @Test
    void aChangedTemplateFileRendersEveryPdfAgain() throws Exception {
        Path cache = dir.resolve("cache");
        Path content = twoFollowUps("Alla har gått utbildningen.").write();
        Path templates = TestSite.copyTemplates(dir.resolve("templates"));
        build(content, templates, dir.resolve("first"), PdfCache.in(cache));

        Files.writeString(templates.resolve("print.css"), "\n/* ändrad */\n", java.nio.file.StandardOpenOption.APPEND);

        assertThat(build(content, templates, dir.resolve("second"), PdfCache.in(cache))).isZero();
        assertThat(build(content, templates, dir.resolve("third"), PdfCache.in(cache))).isEqualTo(2);
    }

    @Test
    void aBuildWithoutPdfsLeavesTheCacheAsItWas() throws Exception {
        Path cache = dir.resolve("cache");
        Path content = twoFollowUps("Alla har gått utbildningen.").write();
        build(content, TestSite.TEMPLATES, dir.resolve("first"), PdfCache.in(cache));

        assertThat(Pipeline.build(new Pipeline.Options(content, TestSite.TEMPLATES, dir.resolve("site-only"), false,
                PdfCache.in(cache)), new Problems())).isPresent();

        assertThat(files(cache)).isEqualTo(2);
        assertThat(build(content, TestSite.TEMPLATES, dir.resolve("second"), PdfCache.in(cache))).isEqualTo(2);
    }

    @Test
    void pruningRemovesOnlyTheCachesOwnFiles() throws Exception {
        // --cache content or --cache site by mistake: the folder holds the user's files, which must stay.
        Path folder = dir.resolve("folder");
        String key = "0123456789abcdef".repeat(4);
        Files.createDirectories(folder.resolve("areas"));
        Files.writeString(folder.resolve("plan.yaml"), "title: Plan");
        Files.writeString(folder.resolve("areas/a.yaml"), "id: a");
        Files.writeString(folder.resolve("bilaga.pdf"), "%PDF");
        Files.createDirectories(folder.resolve("f" + key.substring(1) + ".pdf").resolve("inne"));
        Files.writeString(folder.resolve(key + ".pdf"), "%PDF");
        Files.writeString(folder.resolve(key + "4711.tmp"), "%PD");

        PdfCache.in(folder).prune();

        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("areas", "plan.yaml", "bilaga.pdf", "f" + key.substring(1) + ".pdf");
        }
        assertThat(folder.resolve("areas/a.yaml")).exists();
    }

    private Path build(Path content, Path templates, PdfCache cache) throws Exception {
        Path out = dir.resolve("uncached");
        build(content, templates, out, cache);
        return out;
    }
}
