package lupsite.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The content folder option, shared by every command that reads content. */
final class ContentOptions {

    @Option(names = "--content", paramLabel = "MAPP", defaultValue = "content",
            description = "Mappen med planens innehåll (standard: ${DEFAULT-VALUE}).")
    Path contentDir;
}
