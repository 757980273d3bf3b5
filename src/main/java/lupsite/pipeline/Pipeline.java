package lupsite.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import lupsite.check.ContentChecker;
import lupsite.check.SchemaComments;
import lupsite.derive.Derivation;
import lupsite.derive.Derived;
import lupsite.load.ContentLoader;
import lupsite.load.FollowUpFolder;
import lupsite.load.GitHistory;
import lupsite.load.RawContent;
import lupsite.markdown.MarkdownParser;
import lupsite.model.Site;
import lupsite.problem.Problems;
import lupsite.render.Output;
import lupsite.render.PdfCache;
import lupsite.render.RenderException;
import lupsite.render.SiteRenderer;
import lupsite.write.OutputFolder;
import lupsite.write.SiteWriter;

/** The whole generator, stage by stage: load, check, derive, render, write. */
public final class Pipeline {

    /**
     * {@code pdf} false builds the site without the council PDFs; {@code pdfCache} keeps them between builds
     * ({@link PdfCache#NONE} renders every one).
     */
    public record Options(Path contentDir, Path templatesDir, Path outDir, boolean pdf, PdfCache pdfCache) {

        public Options(Path contentDir, Path templatesDir, Path outDir, boolean pdf) {
            this(contentDir, templatesDir, outDir, pdf, PdfCache.NONE);
        }
    }

    /** What a checked build leaves for rendering: each plan's derived content and the parser that read it. */
    public record Checked(Site site, List<Derived> plans, MarkdownParser parser, RawContent raw) {

        public Checked {
            plans = List.copyOf(plans);
        }

        /** The plan of a site of one plan. */
        public Derived derived() {
            if (plans.size() != 1) {
                throw new IllegalStateException("a site of several plans: name the plan");
            }
            return plans.get(0);
        }

        /** The plan whose folder is {@code plans/<id>/}, or the one plan when {@code id} is empty. */
        public Optional<Derived> plan(String id) {
            return plans.stream().filter(d -> d.content().plan().id().equals(id)).findFirst();
        }
    }

    private Pipeline() {
    }

    /** load -> check -> derive. Empty when {@code problems} holds an error. */
    public static Optional<Checked> check(Path contentDir, Problems problems) {
        return check(contentDir, ContentLoader.load(contentDir, problems), problems);
    }

    /** check -> derive on content already loaded from {@code contentDir}. */
    public static Optional<Checked> check(Path contentDir, RawContent raw, Problems problems) {
        SchemaComments.check(contentDir, raw.schemaComments(), problems);
        MarkdownParser parser = new MarkdownParser();
        return ContentChecker.check(raw, parser, problems)
                .map(site -> {
                    SchemaComments.checkWritten(contentDir, raw.schemaComments(), site, problems);
                    return new Checked(site, site.plans().stream()
                            .map(plan -> Derivation.derive(plan, plan == site.shared(), problems)).toList(), parser, raw);
                })
                .filter(checked -> !problems.hasErrors());
    }

    /**
     * load -> check -> derive -> the list of site files, each made when asked. Empty when the content has
     * errors; writing them (or serving them) is the caller's.
     */
    public static Optional<List<Output>> render(Options options, Problems problems) throws IOException, RenderException {
        RawContent raw = ContentLoader.load(options.contentDir(), problems);
        CompletableFuture<Map<String, LocalDate>> lastChanged = lastChanged(options.contentDir(), raw);
        Optional<Checked> checked = check(options.contentDir(), raw, problems);
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        Checked c = checked.get();
        return Optional.of(new SiteRenderer(options.templatesDir(), options.pdf(), options.pdfCache())
                .outputs(c.site(), c.plans(), c.parser(), c.raw().tree(), lastChanged.join()));
    }

    /** The site files of checked content (without the dates from git, which only pages show). */
    public static List<Output> outputs(Options options, Checked checked) throws IOException, RenderException {
        return new SiteRenderer(options.templatesDir(), options.pdf(), options.pdfCache())
                .outputs(checked.site(), checked.plans(), checked.parser(), checked.raw().tree(), Map.of());
    }

    /** The full build. Returns the number of files written, or empty when the content has errors. */
    public static Optional<Integer> build(Options options, Problems problems) throws IOException, RenderException {
        List<OutputFolder.Kept> kept = kept(options);
        OutputFolder.refuseUnsafe(options.outDir(), kept, SiteWriter.EXAMPLE); // before the work; SiteWriter checks again as it writes
        Optional<List<Output>> outputs = render(options, problems);
        if (outputs.isEmpty()) {
            return Optional.empty();
        }
        int written = SiteWriter.write(options.outDir(), options.contentDir(), kept, outputs.get());
        if (options.pdf()) {
            options.pdfCache().prune(); // a build without PDFs used none, but the next build with them will
        }
        return Optional.of(written);
    }

    /** The folders a build reads from, which its output must keep clear of. */
    private static List<OutputFolder.Kept> kept(Options options) {
        List<OutputFolder.Kept> kept = new ArrayList<>(List.of(OutputFolder.Kept.content(options.contentDir()),
                OutputFolder.Kept.templates(options.templatesDir())));
        options.pdfCache().folder().ifPresent(cache -> kept.add(OutputFolder.Kept.cache(cache)));
        return kept;
    }

    /**
     * When each follow-up folder last changed in git. JGit takes a while to load, so it runs on a thread of its
     * own beside the check rather than before the render.
     */
    public static CompletableFuture<Map<String, LocalDate>> lastChanged(Path contentDir, RawContent raw) {
        List<String> folders = raw.followUps()
                .map(f -> f.yamlPath().substring(0, f.yamlPath().lastIndexOf('/'))).toList();
        return CompletableFuture.supplyAsync(() -> GitHistory.lastChanged(contentDir, folders), task -> {
            Thread thread = new Thread(task, "git-history");
            thread.setDaemon(true);
            thread.start();
        });
    }
}
