import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import lupsite.check.ContentChecker;
import lupsite.derive.Derivation;
import lupsite.derive.Derived;
import lupsite.load.ContentLoader;
import lupsite.load.RawContent;
import lupsite.markdown.MarkdownParser;
import lupsite.model.Site;
import lupsite.problem.Problems;
import lupsite.render.Output;
import lupsite.render.PdfCache;
import lupsite.render.SiteRenderer;

/**
 * Where a site-only build's time goes, stage by stage: load, check, derive, views (every Markdown text to HTML
 * and the view records), pages (every output's bytes, on all cores, not written). Runs the build RUNS times in
 * one JVM and prints each run, so the first run shows a cold JVM and the last a warm one. The first run follows
 * the source launcher's own compilation of this file, which warms some of the JDK: it flatters the cold figures
 * a little. Run: {@code java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -cp target/lup-site.jar
 * bench/Stages.java CONTENT [RUNS] [TEMPLATES]}.
 */
public final class Stages {

    public static void main(String[] args) throws Exception {
        Path contentDir = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path templates = Path.of(args.length > 2 ? args[2] : "templates");
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            Problems problems = new Problems();
            RawContent raw = ContentLoader.load(contentDir, problems);
            long loaded = System.nanoTime();
            MarkdownParser parser = new MarkdownParser();
            Site site = ContentChecker.check(raw, parser, problems).orElseThrow(
                    () -> new IllegalStateException(problems.all().toString()));
            long checked = System.nanoTime();
            List<Derived> derived = site.plans().stream()
                    .map(plan -> Derivation.derive(plan, plan == site.shared(), problems)).toList();
            long derivedAt = System.nanoTime();
            List<Output> outputs = new SiteRenderer(templates, false, PdfCache.NONE)
                    .outputs(site, derived, parser, raw.tree(), Map.of());
            long viewed = System.nanoTime();
            Output.produceAll(outputs, (output, bytes) -> { });
            long produced = System.nanoTime();
            System.out.printf("run %d: load %d ms, check %d ms, derive %d ms, views %d ms, pages %d ms, total %d ms%n",
                    run, ms(loaded - start), ms(checked - loaded), ms(derivedAt - checked), ms(viewed - derivedAt),
                    ms(produced - viewed), ms(produced - start));
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
