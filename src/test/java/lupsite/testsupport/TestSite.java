package lupsite.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import lupsite.load.SourceTree;
import lupsite.model.Vocabulary;
import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.render.Messages;
import lupsite.render.RenderException;
import lupsite.sample.SampleGenerator;

/**
 * A small site written inline, file name then content, in the style of Hugo's tests: start from
 * {@link #minimal}, replace or add files, then check or build and assert on the real output.
 */
public final class TestSite {

    public static final Path TEMPLATES = Path.of("templates");

    /**
     * The bundled content and a generated plan ({@code activities}, two follow-ups), each checked: texts of every
     * kind, for tests that hold a fast path to the library it stands in for.
     */
    public static List<Pipeline.Checked> bundledAndGenerated(Path temp, int activities, long seed) throws IOException {
        Path generated = temp.resolve("generated");
        SampleGenerator.generate(activities, 2, seed, generated);
        return Stream.of(Path.of("content"), generated)
                .map(content -> Pipeline.check(content, new Problems()).orElseThrow()).toList();
    }

    /** A copy of the project's templates folder at {@code target}, for tests that change a template. */
    public static Path copyTemplates(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(TEMPLATES.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return target;
    }

    private final Path root;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private boolean schemas;

    private TestSite(Path root) {
        this.root = root;
    }

    /** A valid plan with two goals, one area with two activities, one follow-up and one page. */
    public static TestSite minimal(Path root) {
        return new TestSite(root)
                .with("plan.yaml", """
                        title: Testplan
                        region: Region Test
                        owner: Regionstyrelsen
                        adopted:
                          date: 2015
                          body: Regionfullmäktige
                        horizons:
                          - years: 4
                            lead: "Inom 4 år ska regionen ha:"
                          - years: 8
                        goalStatuses:
                          - id: uppfyllt
                            label: Uppfyllt
                            symbol: "●"
                            meaning: met
                          - id: delvis-uppfyllt
                            label: Delvis uppfyllt
                            symbol: "◐"
                            meaning: partlyMet
                          - id: ej-uppfyllt
                            label: Ej uppfyllt
                            symbol: "○"
                            meaning: notMet
                        activityStatuses:
                          - id: genomford
                            label: Genomförd
                            symbol: "✔"
                            meaning: done
                          - id: pagar
                            label: Pågår
                            symbol: "◔"
                            meaning: ongoing
                        """)
                .with("goals.yaml", """
                        goals:
                          - id: battre-rehabilitering
                            horizon: 4
                            text: Bättre rehabilitering i länet.
                            area: rehabilitering
                          - id: lagre-sjuktal
                            horizon: 4
                            text: Lägre sjuktal än 2014.
                            target:
                              indicator: sjuktal
                              series: lanet
                              compareTo: riket
                              baseline: 2014-12-31
                              decreaseBy: 1.0
                        """)
                .with("areas/01-rehabilitering.md", """
                        ---
                        id: rehabilitering
                        title: Samordnad rehabilitering
                        activities:
                          - id: rutiner
                            text: Ta fram rutiner.
                          - id: utbildning
                            text: |
                              Utbilda personal i:

                              - försäkringsmedicin
                              - rehabkoordinering
                        ---
                        Inledning till området.
                        """)
                .with("followups/2019-11-18/followup.yaml", """
                        date: 2019-11-18
                        title: Lägesavstämning per 2019-11-18
                        goals:
                          battre-rehabilitering:
                            status: delvis-uppfyllt
                            comment: Rutiner finns. Implementering pågår.
                          lagre-sjuktal:
                            status: uppfyllt
                            comment: Skillnaden har minskat.
                        activities:
                          rutiner:
                            status: genomford
                            note: Rutinerna är klara.
                          utbildning:
                            status: pagar
                            note: Utbildning pågår.
                        """)
                .with("followups/2019-11-18/summary.md", "Sjuktalen har sjunkit i *länet*.\n")
                .with("indicators/sjuktal.yaml", """
                        title: Sjuktal
                        unit: dagar
                        source: Försäkringskassan
                        series:
                          - id: lanet
                            label: Länet
                          - id: riket
                            label: Riket
                        values:
                          - date: 2014-12-31
                            lanet: 12.4
                            riket: 9.4
                          - date: 2019-09-30
                            lanet: "7,8"
                            riket: 9.5
                        """)
                .with("accessibility.yaml", """
                        compliance: helt-forenlig
                        assessment: egen-bedomning
                        prepared: 2026-01-15
                        feedback:
                          email: tillganglighet@example.se
                          phone: 010-123 45 67
                        supervision: https://www.digg.se/tdosanmalan
                        """)
                .with("pages/budget.md", """
                        ---
                        title: Budget 2019
                        order: 1
                        ---
                        | Post | Belopp |
                        |---|---|
                        | Intäkter | 6 250 000 |
                        """);
    }

    /** Adds or replaces a file (content-relative path). */
    public TestSite with(String path, String text) {
        return withBytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds or replaces a file with exact bytes (another encoding, a BOM, CRLF). */
    public TestSite withBytes(String path, byte[] bytes) {
        files.put(path, bytes.clone());
        return this;
    }

    /** Adds or replaces every file under {@code folder}, keeping its relative path and its bytes. */
    public TestSite withFilesFrom(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).sorted().toList()) {
                withBytes(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * The same site as one of several plans: the plan's own files (plan.yaml, goals.yaml, areas/, followups/) each
     * copied into plans/&lt;id&gt;/ for every one of {@code ids}, a site.yaml naming the site, the rest shared.
     */
    public TestSite asPlans(String... ids) {
        Map<String, byte[]> own = new LinkedHashMap<>();
        files.entrySet().removeIf(f -> {
            boolean planOwn = f.getKey().equals("plan.yaml") || f.getKey().equals("goals.yaml")
                    || f.getKey().startsWith("areas/") || f.getKey().startsWith("followups/");
            if (planOwn) {
                own.put(f.getKey(), f.getValue());
            }
            return planOwn;
        });
        for (String id : ids) {
            own.forEach((path, bytes) -> files.put("plans/" + id + "/" + path, bytes));
        }
        return with("site.yaml", """
                title: Planer i Region Test
                publishers:
                  - Region Test
                """);
    }

    /** Every file as it stands, to be changed (line endings, encoding) and written back with {@link #withBytes}. */
    public Map<String, byte[]> files() {
        return Map.copyOf(files);
    }

    /** Adds text to the end of a file (content-relative path). */
    public TestSite appending(String path, String text) {
        return with(path, new String(files.get(path), StandardCharsets.UTF_8) + text);
    }

    /**
     * Also writes the project's {@code schemas/} beside the content folder, as in a repository that
     * {@code lup-site init} made, so that the files' {@code $schema} comments lead somewhere.
     */
    public TestSite withSchemas() {
        schemas = true;
        return this;
    }

    public TestSite without(String path) {
        files.remove(path);
        return this;
    }

    public Path contentDir() {
        return write();
    }

    public Path write() {
        Path content = root.resolve("content");
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = content.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            if (schemas) {
                Files.createDirectories(root.resolve("schemas"));
                try (Stream<Path> each = Files.list(Path.of("schemas"))) {
                    for (Path schema : each.toList()) {
                        Files.copy(schema, root.resolve("schemas").resolve(schema.getFileName()),
                                StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return content;
    }

    /** The problems {@code check} reports, each formatted as the CLI prints it. */
    public List<String> problems() {
        return problemsIn(write());
    }

    /** The problems {@code check} reports in the content folder {@code content} (an example's, say), as above. */
    public static List<String> problemsIn(Path content) {
        Problems problems = new Problems();
        Pipeline.check(content, problems);
        return problems.all().stream().map(p -> p.format("content/")).toList();
    }

    /** Builds the site without PDFs into {@code root/site} and returns that folder. */
    public Path build() {
        return build(false);
    }

    /** Builds into {@code root/site} and returns that folder; fails the test on any content error. */
    public Path build(boolean pdf) {
        return buildFrom(write(), root.resolve("site"), pdf);
    }

    /** Builds the content folder {@code content} (an example's, say) into {@code out}, as above. */
    public static Path buildFrom(Path content, Path out, boolean pdf) {
        Problems problems = new Problems();
        try {
            if (Pipeline.build(new Pipeline.Options(content, TEMPLATES, out, pdf), problems).isEmpty()) {
                throw new AssertionError("Build failed: " + problems.all());
            }
        } catch (IOException | RenderException e) {
            throw new AssertionError("Build failed", e);
        }
        return out;
    }

    /**
     * Every file under {@code folder} by its relative path, with its bytes (a ByteBuffer, so that two snapshots
     * are equal exactly when every file is equal byte for byte).
     */
    public static Map<String, ByteBuffer> snapshot(Path folder) {
        Map<String, ByteBuffer> snapshot = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                snapshot.put(folder.relativize(file).toString().replace('\\', '/'), ByteBuffer.wrap(Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return snapshot;
    }

    /** The bundled templates' texts in {@code language}. */
    public static Messages messages(String language) {
        try {
            return Messages.load(SourceTree.scan(TEMPLATES, "templates"), language).in(Vocabulary.DEFAULT);
        } catch (RenderException e) {
            throw new AssertionError(e);
        }
    }

    public static Document html(Path site, String page) {
        try {
            return Jsoup.parse(site.resolve(page).toFile(), StandardCharsets.UTF_8.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
