package lupsite.cli;

import java.nio.file.Path;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The content folder option, shared by every command that reads content. */
final class ContentOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--content", paramLabel = "MAPP", defaultValue = "content",
            description = "Mappen med planens innehåll (standard: ${DEFAULT-VALUE}).")
    Path contentDir;

    /** A usage error unless the content folder is there (checked when the command runs, so --help works anywhere). */
    void requireFolder() {
        Folders.require(contentDir, "Innehållsmappen", "--content", command);
    }
}
