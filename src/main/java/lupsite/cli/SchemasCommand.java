package lupsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import lupsite.check.ContentSchemas;
import lupsite.edit.EditorSchemas;
import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "schemas", mixinStandardHelpOptions = true,
        description = "Skriver reglerna för filerna (schemas/ bredvid innehållsmappen) med planens statusar, mål, "
                + "aktiviteter, fokusområden, indikatorer, sidor och versioner, så att editorn föreslår dem och stryker "
                + "under allt annat. Kör igen när de ändras; check påminner.")
final class SchemasCommand implements Callable<Integer> {

    @Mixin
    ContentOptions content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        content.requireFolder();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Problems problems = new Problems();
        Optional<Pipeline.Checked> checked = Pipeline.check(content.contentDir, problems);
        if (checked.isEmpty()) {
            ProblemReport.print(problems, content.contentDir, err);
            err.println("Inga scheman skrevs: rätta felen ovan först.");
            return ExitCode.CONTENT_PROBLEMS.code;
        }
        Path folder = ContentSchemas.folder(content.contentDir);
        Path given = content.contentDir.normalize().getParent();
        String name = (given == null ? Path.of("").toAbsolutePath().relativize(folder) : given.resolve(folder.getFileName()))
                .toString().replace('\\', '/') + "/";
        try {
            int written = EditorSchemas.write(content.contentDir, checked.get().site());
            out.println(written == 0 ? "Schemana i " + name + " stämmer redan med innehållet. Inget skrevs."
                    : "Skrev " + written + (written == 1 ? " schema" : " scheman") + " i " + name + " med planens "
                            + "statusar, id:n och versioner. Checka in dem tillsammans med innehållet.");
        } catch (IOException e) {
            err.println("Fel: schemat kunde inte skrivas i " + name + " (" + e.getMessage() + ").");
            return ExitCode.FAILURE.code;
        }
        return ExitCode.OK.code;
    }
}
