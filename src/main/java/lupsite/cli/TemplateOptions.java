package lupsite.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The look and what to render: shared by the commands that render the site (build, serve). */
final class TemplateOptions {

    @Option(names = "--templates", paramLabel = "MAPP", defaultValue = "templates",
            description = "Mappen med mallar, CSS och typsnitt (standard: ${DEFAULT-VALUE}).")
    Path templatesDir;

    @Option(names = "--no-pdf", description = "Bara webbplatsen, utan PDF:er (snabbare).")
    boolean noPdf;
}
