package lupsite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.Callable;

import lupsite.problem.Failures;
import lupsite.write.OutputFolder;
import lupsite.write.OutputRefused;
import lupsite.write.Publisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Publicerar en byggd webbplats i webbserverns mapp (eller en monterad utdelning) så att "
                + "läsarna aldrig ser en halv webbplats: allt kopieras bredvid och byts in på en gång. Filer som "
                + "inte ändrats behåller sin tid, så webbläsarnas cache fortsätter att gälla.")
final class PublishCommand implements Callable<Integer> {

    @Option(names = "--site", paramLabel = "MAPP", defaultValue = "site",
            description = "Den byggda webbplatsen (standard: ${DEFAULT-VALUE}).")
    Path site;

    @Option(names = "--to", paramLabel = "MAPP", required = true,
            description = "Webbserverns mapp som webbplatsen ersätter helt, till exempel /srv/www/lup.")
    Path to;

    @Spec
    CommandSpec spec;

    /** The checkout's own folders, where publish runs in one (as in CI): a target there would hold or hide them. */
    private static List<OutputFolder.Kept> kept() {
        return Stream.of(OutputFolder.Kept.content(Path.of("content")), OutputFolder.Kept.templates(Path.of("templates")),
                OutputFolder.Kept.cache(Path.of(".lup-cache"))).filter(k -> Files.isDirectory(k.folder())).toList();
    }

    @Override
    public Integer call() {
        try {
            Publisher.Published published = Publisher.publish(site, to, kept());
            int changed = published.files() - published.unchanged();
            spec.commandLine().getOut().printf("Publicerade %d filer från %s i %s: %d nya eller ändrade, %d oförändrade.%n",
                    published.files(), site, to, changed, published.unchanged());
            return ExitCode.OK.code;
        } catch (OutputRefused e) {
            spec.commandLine().getErr().println("Fel: " + e.getMessage());
            return ExitCode.USAGE.code;
        } catch (IOException e) {
            spec.commandLine().getErr().println("Kunde inte publicera: " + Failures.ofFile(e));
            spec.commandLine().getErr().println("Inget publicerades; " + to + " är oförändrad.");
            return ExitCode.FAILURE.code;
        }
    }
}
