package lupsite.cli;

import java.util.concurrent.Callable;

import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Kontrollerar allt innehåll och visar alla problem med fil, rad och kolumn. Skriver inget.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ContentOptions content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        content.requireFolder();
        Problems problems = new Problems();
        boolean ok = Pipeline.check(content.contentDir, problems).isPresent();
        ProblemReport.print(problems, content.contentDir, spec.commandLine().getErr());
        if (ok) {
            spec.commandLine().getOut().println("Innehållet är korrekt.");
        }
        return ok ? ExitCode.OK.code : ExitCode.CONTENT_PROBLEMS.code;
    }
}
