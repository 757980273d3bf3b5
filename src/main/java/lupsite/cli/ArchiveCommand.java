package lupsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import lupsite.edit.ArchiveFollowUp;
import lupsite.edit.Refused;
import lupsite.problem.Problems;
import lupsite.render.RenderException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "archive", mixinStandardHelpOptions = true,
        description = "Arkiverar en beslutad uppföljning: dess PDF och en lista över allt den säger sparas i "
                + "uppföljningens mapp (decided/). Därefter visar varje bygge just den PDF:en, och check säger till om "
                + "något i innehållet skulle ändra vad uppföljningen säger. Kör igen efter en rättelse.")
final class ArchiveCommand implements Callable<Integer> {

    @Mixin
    ContentOptions content;

    @Option(names = "--plan", paramLabel = "ID", defaultValue = "",
            description = "Vilken plan det gäller, när webbplatsen har flera (mappen i plans/, t.ex. sjukfranvaro).")
    String plan;

    @Option(names = "--templates", paramLabel = "MAPP", defaultValue = "templates",
            description = "Mappen med mallar, CSS och typsnitt (standard: ${DEFAULT-VALUE}).")
    Path templatesDir;

    @Parameters(paramLabel = "DATUM", description = "Uppföljningens datum som mappen heter, till exempel 2019-11-18.")
    String date;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        content.requireFolder();
        Folders.require(templatesDir, "Mallmappen", "--templates", spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Problems problems = new Problems();
        Optional<ArchiveFollowUp.Archived> archived;
        try {
            archived = ArchiveFollowUp.archive(content.contentDir, templatesDir, plan, date, problems);
        } catch (Refused e) {
            err.println("Inget arkiverades: " + e.getMessage());
            return ExitCode.USAGE.code;
        } catch (RenderException e) {
            err.println(e.getMessage());
            err.println("Inget arkiverades.");
            return ExitCode.CONTENT_PROBLEMS.code;
        } catch (IOException e) {
            err.println("Inget arkiverades: filen kunde inte skrivas (" + e.getMessage() + ").");
            return ExitCode.FAILURE.code;
        }
        if (archived.isEmpty()) {
            ProblemReport.print(problems, content.contentDir, err);
            err.println("Inget arkiverades: rätta felen ovan först.");
            return ExitCode.CONTENT_PROBLEMS.code;
        }
        ArchiveFollowUp.Archived a = archived.get();
        String prefix = ProblemReport.prefix(content.contentDir);
        if (a.unchanged()) {
            out.println("Arkivet i " + prefix + a.folder() + "/ säger redan vad uppföljningen " + date + " säger "
                    + "(utgåva " + a.edition() + "). Inget skrevs.");
        } else {
            out.println("Arkiverade uppföljningen " + date + ", utgåva " + a.edition() + ", i " + prefix + a.folder()
                    + "/. Lägg till mappen i git; byggen visar nu " + prefix + a.pdf() + ".");
        }
        return ProblemReport.checkAfterEdit(content.contentDir, err);
    }
}
