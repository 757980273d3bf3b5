package lupsite.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import lupsite.pipeline.Pipeline;
import lupsite.problem.Failures;
import lupsite.problem.Problems;
import lupsite.render.PdfCache;
import lupsite.render.RenderException;
import lupsite.write.OutputRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Kontrollerar innehållet och bygger webbplatsen. Vid fel skrivs ingenting och den "
                + "förra webbplatsen lämnas orörd.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    ContentOptions content;

    @Mixin
    TemplateOptions templates;

    @Option(names = "--out", paramLabel = "MAPP", defaultValue = "site",
            description = "Mappen som webbplatsen skrivs till (standard: ${DEFAULT-VALUE}).")
    Path outDir;

    @Option(names = "--cache", paramLabel = "MAPP", defaultValue = ".lup-cache",
            description = "Mappen där PDF:erna sparas mellan byggen; en uppföljning som inte ändrats får sin PDF "
                    + "därifrån (standard: ${DEFAULT-VALUE}).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Skapa alla PDF:er på nytt och spara dem inte.")
    boolean noCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        content.requireFolder();
        templates.requireFolder();
        long start = System.nanoTime();
        Problems problems = new Problems();
        PdfCache pdfCache = noCache ? PdfCache.NONE : PdfCache.in(cacheDir);
        try {
            Optional<Integer> written = Pipeline.build(new Pipeline.Options(content.contentDir, templates.templatesDir,
                    outDir, !templates.noPdf, pdfCache), problems);
            ProblemReport.print(problems, content.contentDir, spec.commandLine().getErr());
            if (written.isEmpty()) {
                spec.commandLine().getErr().println("Inget byggdes; " + outDir + " är oförändrad.");
                return ExitCode.CONTENT_PROBLEMS.code;
            }
            int reused = pdfCache.reused();
            spec.commandLine().getOut().printf("Byggde %d filer i %s på %d ms%s.%n", written.get(), outDir,
                    (System.nanoTime() - start) / 1_000_000, reused == 0 ? ""
                            : reused == 1 ? "; 1 oförändrad PDF togs från " + cacheDir
                            : "; " + reused + " oförändrade PDF:er togs från " + cacheDir);
            return ExitCode.OK.code;
        } catch (RenderException e) {
            spec.commandLine().getErr().println(e.getMessage());
            spec.commandLine().getErr().println("Inget byggdes; " + outDir + " är oförändrad.");
            return ExitCode.CONTENT_PROBLEMS.code;
        } catch (OutputRefused e) {
            spec.commandLine().getErr().println("Fel: " + e.getMessage());
            return ExitCode.USAGE.code;
        } catch (IOException e) {
            spec.commandLine().getErr().println("Kunde inte skriva webbplatsen: " + Failures.ofFile(e));
            spec.commandLine().getErr().println("Inget byggdes; " + outDir + " är oförändrad.");
            return ExitCode.FAILURE.code;
        }
    }
}
