package lupsite.cli;

import java.nio.file.Path;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The look and what to render: shared by the commands that render the site (build, serve). */
final class TemplateOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--templates", paramLabel = "MAPP", defaultValue = "templates",
            description = "Mappen med mallar, CSS och typsnitt (standard: ${DEFAULT-VALUE}).")
    Path templatesDir;

    @Option(names = "--no-pdf", description = "Bara webbplatsen, utan PDF:er (snabbare).")
    boolean noPdf;

    /** A usage error unless the templates folder is there. */
    void requireFolder() {
        Folders.require(templatesDir, "Mallmappen", "--templates", command);
    }
}
