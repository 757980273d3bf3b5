package lupsite.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import lupsite.problem.Failures;
import lupsite.render.Generator;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar lup-site.jar <command>}. */
@Command(name = "lup-site", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Bygger webbplats och PDF för en långsiktig utvecklingsplan (LUP) och dess uppföljningar.",
        subcommands = {InitCommand.class, BuildCommand.class, CheckCommand.class, NewFollowUpCommand.class, ArchiveCommand.class, SchemasCommand.class, ServeCommand.class, PublishCommand.class,
                GenerateSampleCommand.class, ImportKoladaCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        // The launcher (target/lup-site) has already set the compiler on the command line.
        if (!Boolean.getBoolean("lupsite.jvmTuned") && args.length > 0 && (args[0].equals("build") || args[0].equals("check"))) {
            ShortRunCompilation.apply();
        }
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command with the given streams; returns its exit code (used by tests in-process). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setExitCodeExceptionMapper(e -> ExitCode.FAILURE.code)
                // Whatever a command did not foresee is one sentence, never a stack trace.
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    command.getErr().println("Fel: " + Failures.explain(e));
                    return ExitCode.FAILURE.code;
                })
                .setResourceBundle(ResourceBundle.getBundle("lupsite.cli.Usage"))
                .setParameterExceptionHandler((e, a) -> {
                    e.getCommandLine().getErr().println("Fel: " + swedish(e));
                    e.getCommandLine().usage(e.getCommandLine().getErr());
                    return ExitCode.USAGE.code;
                });
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code);
        if (args.length == 0) {
            commandLine.usage(out);
            return ExitCode.USAGE.code;
        }
        return commandLine.execute(args);
    }

    /** picocli words its usage errors in English; the common ones are said in Swedish here. */
    static String swedish(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return "okänt argument " + String.join(" ", unmatched.getUnmatched().stream().map(u -> "'" + u + "'").toList())
                    + ". Se --help för vad kommandot tar.";
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            return "det här behövs också: " + String.join(", ", missing.getMissing().stream()
                    .map(arg -> arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel())
                    .toList()) + ".";
        }
        if (e.getArgSpec() != null && e.getValue() != null && e.getMessage().startsWith("Invalid value for")) {
            CommandLine.Model.ArgSpec arg = e.getArgSpec();
            String name = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
            List<String> allowed = new ArrayList<>();
            if (arg.completionCandidates() != null) {
                arg.completionCandidates().forEach(allowed::add);
            }
            boolean whole = arg.type() == int.class || arg.type() == long.class;
            return "ogiltigt värde '" + e.getValue() + "' för " + name + "."
                    + (!allowed.isEmpty() ? " Skriv ett av: " + String.join(", ", allowed) + "."
                    : whole ? " Skriv ett heltal." : "");
        }
        return e.getMessage();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {Generator.NAME};
        }
    }
}
