package lupsite.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Folders named on the command line (or by default) must be there; a usage error in Swedish says which is not. */
final class Folders {

    private Folders() {
    }

    static void require(Path folder, String what, String option, CommandSpec command) {
        if (!Files.isDirectory(folder)) {
            throw new ParameterException(command.commandLine(), what + " " + folder + " finns inte. Kör kommandot i "
                    + "mappen där den ligger, eller ange den med " + option + " MAPP.");
        }
    }
}
