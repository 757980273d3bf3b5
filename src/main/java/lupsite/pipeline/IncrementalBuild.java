package lupsite.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import lupsite.problem.Problems;
import lupsite.render.Output;
import lupsite.render.RenderException;
import lupsite.render.SiteRenderer;

/**
 * Builds the site again and again in one process (for {@code serve}), into memory, rendering only the pages
 * whose inputs changed. The content is loaded, checked and derived whole every time (milliseconds on a real
 * plan, and nothing can be missed); a page is rendered again only when its template and view records differ
 * from the previous build's, since templates see nothing else. A changed template renders everything again.
 * Not thread-safe: one build at a time.
 */
public final class IncrementalBuild {

    private final Pipeline.Options options;
    private final Path templatesDir;
    private SiteRenderer renderer;
    private Map<String, Rendered> previous = Map.of();

    private record Rendered(Object inputs, byte[] bytes) {
    }

    /**
     * One build: {@code files} (every file of the site by its path) is empty when the content had errors;
     * {@code renderedPages} are the pages whose template ran, of {@code pages} in the site.
     */
    public record Result(Problems problems, Optional<Map<String, byte[]>> files, List<String> renderedPages, int pages,
                         long millis) {

        /** The line to log, in Swedish like everything an editor sees. */
        public String summary() {
            return files.map(f -> "Byggde om " + renderedPages.size() + " av " + pages + " sidor (" + f.size()
                    + " filer) på " + millis + " ms.")
                    .orElse("Innehållet har fel; webbplatsen är oförändrad (" + millis + " ms).");
        }
    }

    public IncrementalBuild(Pipeline.Options options) {
        this.options = options;
        this.templatesDir = options.templatesDir().toAbsolutePath().normalize();
    }

    /** The first build: every page is rendered. */
    public Result build() throws IOException, RenderException {
        return rebuild(List.of());
    }

    /** Builds again after {@code changed} files (content or templates) changed on disk. */
    public Result rebuild(Collection<Path> changed) throws IOException, RenderException {
        long start = System.nanoTime();
        if (renderer == null || changed.stream().anyMatch(p -> p.toAbsolutePath().normalize().startsWith(templatesDir))) {
            renderer = new SiteRenderer(options.templatesDir(), options.pdf(), options.pdfCache());
            previous = Map.of();
        }
        Problems problems = new Problems();
        Optional<Pipeline.Checked> checked = Pipeline.check(options.contentDir(), problems);
        if (checked.isEmpty()) {
            return new Result(problems, Optional.empty(), List.of(), 0, millisSince(start));
        }
        Pipeline.Checked c = checked.get();
        Map<String, LocalDate> lastChanged = Pipeline.lastChanged(options.contentDir(), c.raw()).join();
        List<Output> outputs = renderer.outputs(c.site(), c.plans(), c.parser(), c.raw().tree(), lastChanged);
        Map<String, Rendered> next = new ConcurrentHashMap<>();
        Map<String, Boolean> rendered = new ConcurrentHashMap<>();
        Map<String, Rendered> before = previous;
        Map<String, byte[]> files = produce(outputs.stream().map(output -> new Output(output.path(),
                output.inputs(), () -> {
            if (output.inputs() == null) {
                return output.producer().produce();
            }
            Rendered old = before.get(output.path());
            if (old == null || !old.inputs().equals(output.inputs())) {
                old = new Rendered(output.inputs(), output.producer().produce());
                rendered.put(output.path(), true);
            }
            next.put(output.path(), old);
            return old.bytes();
        })).toList());
        previous = Map.copyOf(next);
        return new Result(problems, Optional.of(files), rendered.keySet().stream().sorted().toList(), next.size(),
                millisSince(start));
    }

    /** Every output's bytes, made on all cores; the first render failure is thrown as it was. */
    private static Map<String, byte[]> produce(List<Output> outputs) throws IOException, RenderException {
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        Output.produceAll(outputs, (output, bytes) -> files.put(output.path(), bytes));
        return Map.copyOf(files);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
