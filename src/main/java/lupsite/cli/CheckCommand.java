package lupsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import lupsite.load.GitHistory;
import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Kontrollerar allt innehåll och visar alla problem med fil, rad och kolumn. Skriver inget.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ContentOptions content;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Hur problemen skrivs: ${COMPLETION-CANDIDATES} (standard: ${DEFAULT-VALUE}). github, gitlab "
                    + "och azure visar dem i pull- eller merge-förfrågan; json är till för andra program.")
    ReportFormat format;

    @Option(names = "--output", paramLabel = "FIL",
            description = "Skriv rapporten till FIL i stället för till standard ut, till exempel "
                    + "gl-code-quality-report.json. Problemen skrivs ändå som text till standard fel.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        content.requireFolder();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Problems problems = new Problems();
        boolean ok = Pipeline.check(content.contentDir, problems).isPresent();
        // People read standard error whatever the format; a report for a program goes where it was asked to.
        ProblemReport.print(problems, content.contentDir, err);
        boolean report = format != ReportFormat.TEXT || output != null;
        if (report) {
            String prefix = format == ReportFormat.TEXT ? ProblemReport.prefix(content.contentDir)
                    : inRepository(content.contentDir);
            String text = ProblemFormats.render(format, problems, prefix);
            if (output == null) {
                out.print(text);
                out.flush();
            } else {
                try {
                    Files.writeString(output, text, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    err.println("Fel: rapporten kunde inte skrivas till " + output + " (" + e.getMessage() + ").");
                    return ExitCode.FAILURE.code;
                }
            }
        }
        if (ok) {
            (report ? err : out).println("Innehållet är korrekt.");
        }
        return ok ? ExitCode.OK.code : ExitCode.CONTENT_PROBLEMS.code;
    }

    /**
     * The content folder as a path from the top of its git work tree ("content/"), or from the current folder
     * outside one: how GitHub, GitLab and Azure name a file of the repository.
     */
    static String inRepository(Path contentDir) {
        try {
            Path root = GitHistory.workTree(contentDir).orElse(Path.of("")).toRealPath();
            return ProblemReport.prefix(root.relativize(contentDir.toRealPath()));
        } catch (IOException | IllegalArgumentException e) {
            return ProblemReport.prefix(contentDir); // on another drive than the repository (Windows): as given
        }
    }
}
