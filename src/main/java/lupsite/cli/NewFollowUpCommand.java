package lupsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;

import lupsite.edit.NewFollowUp;
import lupsite.model.PartialDate;
import lupsite.edit.Refused;
import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new-followup", mixinStandardHelpOptions = true,
        description = "Skapar nästa uppföljning som en kopia av den senaste: alla statusar och texter följer med "
                + "och markeras med review: true, så att du bara ändrar det som har ändrats. Skriver aldrig över "
                + "en befintlig uppföljning.")
final class NewFollowUpCommand implements Callable<Integer> {

    @Mixin
    ContentOptions content;

    @Option(names = "--plan", paramLabel = "ID", defaultValue = "",
            description = "Vilken plan det gäller, när webbplatsen har flera (mappen i plans/, t.ex. sjukfranvaro).")
    String plan;

    @Parameters(paramLabel = "DATUM", description = "Den nya uppföljningens datum: ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM eller ÅÅÅÅ "
            + "när dagen inte är känd, till exempel 2020-11-30 eller 2020-06.")
    String date;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        content.requireFolder();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<PartialDate> day = parse(date);
        if (day.isEmpty()) {
            err.println("Fel: \"" + date + "\" är inget giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2020-11-30, "
                    + "eller ÅÅÅÅ-MM eller ÅÅÅÅ när dagen inte är känd.");
            return ExitCode.USAGE.code;
        }
        Problems before = new Problems();
        Optional<NewFollowUp.Created> created;
        try {
            created = NewFollowUp.create(content.contentDir, plan, day.get(), before);
        } catch (Refused e) {
            err.println("Ingen uppföljning skapades: " + e.getMessage());
            return ExitCode.USAGE.code;
        } catch (IOException e) {
            err.println("Ingen uppföljning skapades: filen kunde inte skrivas (" + e.getMessage() + ").");
            return ExitCode.FAILURE.code;
        }
        if (created.isEmpty()) {
            ProblemReport.print(before, content.contentDir, err);
            err.println("Ingen uppföljning skapades: rätta felen ovan först, så att kopian blir korrekt.");
            return ExitCode.CONTENT_PROBLEMS.code;
        }
        NewFollowUp.Created c = created.get();
        String folder = ProblemReport.prefix(content.contentDir) + c.folder() + "/";
        out.println("Skapade " + folder + " från uppföljningen " + c.copiedFrom() + ".");
        out.println("  followup.yaml: " + c.marked() + " statusar med texter kopierade och markerade med review: true.");
        if (c.summary()) {
            out.println("  summary.md: kopierad, med en påminnelse överst om att skriva om den.");
        }
        if (!c.revised().leftOut().isEmpty()) {
            out.println("  " + String.join(", ", c.revised().leftOut()) + " togs inte med: de ingår inte i den version av "
                    + "planen som gäller vid det nya datumet.");
        }
        if (!c.revised().added().isEmpty()) {
            out.println("  " + String.join(", ", c.revised().added()) + " lades till utan status: de är nya i planens "
                    + "version. Skriv status och text för dem.");
        }
        if (!c.dropped().isEmpty()) {
            out.println("  " + String.join(" och ", c.dropped()) + " togs inte med: de gällde den förra "
                    + "uppföljningen. Lägg till dem när den nya har behandlats.");
        }
        out.println("Gå igenom varningarna nedan: ta bort review: true när du har bedömt en status på nytt.");
        out.flush();
        return ProblemReport.checkAfterEdit(content.contentDir, err);
    }

    /** ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM or ÅÅÅÅ, as follow-ups are dated; a day or month that exists. */
    private static Optional<PartialDate> parse(String text) {
        try {
            if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return Optional.of(PartialDate.of(LocalDate.parse(text)));
            }
            if (text.matches("[0-9]{4}-[0-9]{2}")) {
                YearMonth month = YearMonth.parse(text);
                return Optional.of(new PartialDate(month.getYear(), month.getMonthValue(), PartialDate.UNKNOWN));
            }
            if (text.matches("[0-9]{4}")) {
                return Optional.of(new PartialDate(Integer.parseInt(text), PartialDate.UNKNOWN, PartialDate.UNKNOWN));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
