package lupsite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lupsite.edit.KoladaImport;
import lupsite.model.Ids;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "import-kolada", mixinStandardHelpOptions = true,
        description = "Hämtar ett nyckeltals värden från Kolada och skriver dem i indicators/ID.csv, en kolumn per "
                + "kommun eller region och en rad per år, med källa och hämtningsdag i indicators/ID.yaml (som skapas "
                + "om den inte finns).")
final class ImportKoladaCommand implements Callable<Integer> {

    private static final Pattern YEARS = Pattern.compile("([0-9]{4})(?:-([0-9]{4}))?");

    @Mixin
    ContentOptions content;

    @Option(names = "--indicator", required = true, paramLabel = "ID", description = "Indikatorns id, t.ex. ohalsotal.")
    String indicator;

    @Option(names = "--kpi", required = true, paramLabel = "NYCKELTAL", description = "Nyckeltalets id i Kolada, t.ex. N00945.")
    String kpi;

    @Option(names = "--municipality", required = true, split = ",", paramLabel = "ID",
            description = "Kommunens eller regionens id i Kolada, t.ex. 0023 (Region Jämtland Härjedalen) eller 0000 "
                    + "(riket); flera med kommatecken eller flera --municipality.")
    List<String> municipalities;

    @Option(names = "--years", required = true, paramLabel = "ÅR", description = "Åren, t.ex. 2015-2023 eller 2019,2021.")
    String years;

    @Option(names = "--base-url", hidden = true, defaultValue = KoladaImport.BASE_URL)
    String baseUrl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        content.requireFolder();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Integer> yearList = years(years);
        String usage = !Ids.isId(indicator) ? "--indicator ska vara ett id av små bokstäver "
                + "a–z, siffror och bindestreck, t.ex. ohalsotal; här står \"" + indicator + "\"."
                : !kpi.matches("[A-Z][0-9]{5}") ? "--kpi ska vara ett nyckeltals-id i Kolada, t.ex. N00945; här står \""
                        + kpi + "\"."
                : municipalities.stream().anyMatch(m -> !m.matches("[0-9]{4}")) ? "--municipality ska vara id:n med "
                        + "fyra siffror, t.ex. 0023; här står \"" + String.join(",", municipalities) + "\"."
                : yearList.isEmpty() ? "--years ska vara år som 2015-2023 eller 2019,2021; här står \"" + years + "\"."
                : null;
        if (usage != null) {
            err.println("Fel: " + usage);
            return ExitCode.USAGE.code;
        }
        KoladaImport.Imported imported;
        try {
            imported = new KoladaImport(KoladaImport.overHttp(), baseUrl).run(content.contentDir,
                    new KoladaImport.Request(indicator, kpi, List.copyOf(municipalities), yearList), LocalDate.now());
        } catch (KoladaImport.Failed e) {
            err.println("Inget importerades: " + e.getMessage());
            return ExitCode.FAILURE.code;
        } catch (IOException e) {
            err.println("Inget importerades: filen kunde inte skrivas (" + e.getMessage() + ").");
            return ExitCode.FAILURE.code;
        }
        String prefix = ProblemReport.prefix(content.contentDir);
        out.println("Skrev " + imported.values() + " värden för " + imported.years() + " år i " + prefix
                + imported.csv() + " och källan i " + prefix + imported.yaml()
                + (imported.yamlCreated() ? " (ny: kontrollera title och unit)." : "."));
        out.flush();
        return ProblemReport.checkAfterEdit(content.contentDir, err);
    }

    /** "2015-2023" or "2019,2021" (or both, "2012-2014,2019"), in order; empty when not years. */
    private static List<Integer> years(String text) {
        List<Integer> years = new ArrayList<>();
        for (String part : text.split(",")) {
            Matcher m = YEARS.matcher(part.strip());
            if (!m.matches()) {
                return List.of();
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from || to - from > 200) {
                return List.of();
            }
            for (int y = from; y <= to; y++) {
                years.add(y);
            }
        }
        return years.stream().distinct().sorted().toList();
    }
}
