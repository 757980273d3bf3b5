package lupsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import lupsite.edit.NewRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Skapar en ny innehållsmapp att börja från: en påhittad plan att fylla i (content/), "
                + "utseendet (templates/), reglerna för filerna (schemas/) och inställningar för Visual Studio Code "
                + "(.vscode/). Skriver aldrig över något som finns.")
final class InitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MAPP", arity = "0..1", defaultValue = ".",
            description = "Mappen att skapa innehållet i; den skapas om den inte finns (standard: den här mappen).")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = folder.toString().replace('\\', '/');
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            err.println("Fel: " + name + " är en fil, inte en mapp. Ange en ny eller tom mapp, till exempel "
                    + "lup-site init min-plan.");
            return ExitCode.USAGE.code;
        }
        int written;
        try {
            written = NewRepository.create(folder);
        } catch (NewRepository.Refused e) {
            err.println("Fel: init skriver aldrig över något, och det här finns redan i " + name + ": " + e.getMessage()
                    + ". Ange en ny eller tom mapp, till exempel lup-site init min-plan.");
            return ExitCode.USAGE.code;
        } catch (IOException e) {
            err.println("Fel: innehållet kunde inte skrivas i " + name + " (" + e.getMessage() + ").");
            return ExitCode.FAILURE.code;
        }
        out.println("Skapade " + written + " filer i " + name + ":");
        out.println("  content/    en påhittad plan att fylla i; MALL överst i varje fil säger vad som ska bytas ut");
        out.println("  templates/  webbplatsens och PDF:ens utseende");
        out.println("  schemas/    reglerna för varje sorts fil, som editorn visar medan du skriver");
        out.println("  .vscode/    inställningar för Visual Studio Code: öppna mappen " + name + " där");
        out.println("  .gitignore  det som byggs och inte ska checkas in");
        out.println(name.equals(".") ? "Kör nu lup-site serve och öppna adressen den skriver ut."
                : "Gå nu till mappen " + name + ", kör lup-site serve och öppna adressen den skriver ut.");
        return ExitCode.OK.code;
    }
}
