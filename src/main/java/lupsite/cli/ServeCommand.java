package lupsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import lupsite.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Förhandsgranskning: bygger webbplatsen och visar den på http://127.0.0.1:PORT/, bygger om "
                + "när innehåll eller mallar ändras och laddar om sidan i webbläsaren. Fel i innehållet visas i "
                + "webbläsaren. Skriver inget till site/. Avsluta med Ctrl+C.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ContentOptions content;

    @Mixin
    TemplateOptions templates;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
            description = "Porten att lyssna på (standard: ${DEFAULT-VALUE}).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        content.requireFolder();
        templates.requireFolder();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            err.println("Fel: porten ska vara ett tal mellan 1 och 65535, till exempel --port 8000.");
            return ExitCode.USAGE.code;
        }
        PreviewServer server;
        try {
            server = PreviewServer.start(content.contentDir, templates.templatesDir, !templates.noPdf, port, out);
        } catch (BindException e) {
            err.println("Fel: porten " + port + " är upptagen (kanske av en annan förhandsgranskning). Välj en annan, "
                    + "till exempel --port " + (port + 1) + ".");
            return ExitCode.USAGE.code;
        } catch (IOException e) {
            err.println("Förhandsgranskningen kunde inte starta: " + e.getMessage());
            return ExitCode.FAILURE.code;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                err.println("Kunde inte stänga förhandsgranskningen: " + e.getMessage());
            }
            out.println("Förhandsgranskningen avslutad.");
            out.flush();
            stopped.countDown();
        }, "lup-site-stop"));
        out.println("Förhandsgranskning på " + server.address() + " (visar " + content.contentDir + " och "
                + templates.templatesDir + "; avsluta med Ctrl+C).");
        out.flush();
        stopped.await();
        return ExitCode.OK.code;
    }
}
