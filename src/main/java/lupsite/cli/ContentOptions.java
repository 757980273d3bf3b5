package lupsite.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import lupsite.load.ContentLoader;
import lupsite.model.Plan;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The content folder option, shared by every command that reads content. */
final class ContentOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--content", paramLabel = "MAPP", defaultValue = "content",
            description = "Mappen med planens innehåll (standard: ${DEFAULT-VALUE}).")
    Path contentDir;

    /**
     * A usage error unless the content folder is there and holds a plan (checked when the command runs, so --help
     * works anywhere): without plan.yaml (or site.yaml or plans/, for several plans) it is no content folder, and reading it ({@code --content /}, a home
     * folder) would walk through a whole disk to report its links.
     */
    void requireFolder() {
        Folders.require(contentDir, "Innehållsmappen", "--content", command);
        if (!Files.isRegularFile(contentDir.resolve(ContentLoader.PLAN))
                && !Files.isRegularFile(contentDir.resolve(ContentLoader.SITE))
                && !Files.isDirectory(contentDir.resolve(Plan.PLANS))) {
            throw new ParameterException(command.commandLine(), "Mappen " + contentDir + " har ingen "
                    + ContentLoader.PLAN + " (eller " + ContentLoader.SITE + " för flera planer), så den är ingen innehållsmapp. Ange mappen med planens innehåll med "
                    + "--content MAPP, eller börja en ny plan med lup-site init MAPP.");
        }
    }
}
