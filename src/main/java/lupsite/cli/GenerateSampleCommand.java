package lupsite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import lupsite.sample.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate-sample", mixinStandardHelpOptions = true,
        description = "Skriver en påhittad men giltig plan av valfri storlek, för lasttester och för att prova "
                + "verktyget i stor skala. Samma frö ger samma filer.")
final class GenerateSampleCommand implements Callable<Integer> {

    @Option(names = "--activities", paramLabel = "N", required = true, description = "Antal aktiviteter.")
    int activities;

    @Option(names = "--followups", paramLabel = "F", defaultValue = "5",
            description = "Antal uppföljningar (standard: ${DEFAULT-VALUE}).")
    int followUps;

    @Option(names = "--seed", paramLabel = "FRÖ", defaultValue = "1",
            description = "Slumpfrö (standard: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "MAPP", required = true,
            description = "Mappen som innehållet skrivs till; den ska vara ny eller tom.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (activities < 1 || followUps < 1) {
            spec.commandLine().getErr().println("Fel: --activities och --followups ska vara minst 1.");
            return ExitCode.USAGE.code;
        }
        if (Files.exists(out) && !isEmptyFolder(out)) {
            spec.commandLine().getErr().println("Fel: " + out + " finns redan och är inte tom. Välj en ny mapp, "
                    + "så att inget innehåll skrivs över.");
            return ExitCode.USAGE.code;
        }
        SampleGenerator.Summary s = SampleGenerator.generate(activities, followUps, seed, out);
        spec.commandLine().getOut().printf("Skrev %d filer i %s: %d målområden, %d aktiviteter, %d mål, "
                + "%d uppföljningar, %d sidor.%n", s.files(), out, s.areas(), s.activities(), s.goals(), s.followUps(),
                s.pages());
        return ExitCode.OK.code;
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
