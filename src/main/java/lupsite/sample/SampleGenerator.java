package lupsite.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a synthetic but valid content folder of any size, for load tests and for trying the tool at
 * scale: {@code activities} activities in areas of {@value #ACTIVITIES_PER_AREA}, one goal per area plus two
 * measurable goals, two indicators, {@code followUps} follow-ups half a year apart that assess everything,
 * and a few free pages. The same seed gives the same bytes. The figures are made up and say so.
 */
public final class SampleGenerator {

    static final int ACTIVITIES_PER_AREA = 25;
    /**
     * From this many activities on, notes are one sentence without tables, so that a follow-up file (every
     * activity's note in one file) stays under the size limit for content files (SourceReader.MAX_BYTES).
     */
    static final int BRIEF_NOTES_FROM = 6_000;
    private static final int ACTIVITIES_PER_PAGE = 500;
    private static final LocalDate FIRST_FOLLOW_UP = LocalDate.of(2016, 5, 31);
    private static final int BASELINE_YEAR = 2014;
    private static final List<String> ACTIVITY_STATUSES = List.of("genomford", "pagar", "ej-paborjad", "ej-prioriterad");
    private static final List<String> AREA_GOAL_STATUSES = List.of("uppfyllt", "delvis-uppfyllt", "ej-uppfyllt");

    private final int activityCount;
    private final int followUpCount;
    private final Random random;
    private final SwedishText text;
    private final Path out;
    private final boolean briefNotes;

    private SampleGenerator(int activityCount, int followUpCount, long seed, Path out) {
        this.activityCount = activityCount;
        this.followUpCount = followUpCount;
        this.random = new Random(seed);
        this.text = new SwedishText(random);
        this.out = out;
        this.briefNotes = activityCount >= BRIEF_NOTES_FROM;
    }

    /** What was written, for the command's summary line. */
    public record Summary(int areas, int activities, int goals, int followUps, int pages, int files) {
    }

    public static Summary generate(int activities, int followUps, long seed, Path out) throws IOException {
        if (activities < 1 || followUps < 1) {
            throw new IllegalArgumentException("activities and followUps must be at least 1");
        }
        return new SampleGenerator(activities, followUps, seed, out).write();
    }

    private record AreaSpec(String file, String id, String title, List<String> activityIds) {
    }

    private Summary write() throws IOException {
        int areaCount = (activityCount + ACTIVITIES_PER_AREA - 1) / ACTIVITIES_PER_AREA;
        int pageCount = Math.max(2, activityCount / ACTIVITIES_PER_PAGE);
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < followUpCount; i++) {
            dates.add(FIRST_FOLLOW_UP.plusMonths(6L * i));
        }
        int lastYear = Math.max(BASELINE_YEAR + 3, dates.get(dates.size() - 1).getYear());

        int files = 0;
        write("plan.yaml", plan());
        files++;
        List<AreaSpec> areas = new ArrayList<>();
        int width = Math.max(2, String.valueOf(areaCount).length());
        for (int a = 0; a < areaCount; a++) {
            int first = a * ACTIVITIES_PER_AREA;
            int last = Math.min(activityCount, first + ACTIVITIES_PER_AREA);
            List<String> ids = new ArrayList<>();
            for (int i = first; i < last; i++) {
                ids.add(String.format(Locale.ROOT, "aktivitet-%05d", i + 1));
            }
            String id = String.format(Locale.ROOT, "omrade-%0" + width + "d", a + 1);
            String title = "Målområde " + (a + 1) + ": " + text.areaTitle();
            areas.add(new AreaSpec("areas/" + String.format(Locale.ROOT, "%0" + width + "d", a + 1) + "-" + id + ".md",
                    id, title, ids));
        }
        List<String> pageIds = new ArrayList<>();
        for (int p = 0; p < pageCount; p++) {
            pageIds.add(String.format(Locale.ROOT, "rapport-%03d", p + 1));
        }
        for (AreaSpec area : areas) {
            write(area.file(), area(area));
            files++;
        }
        write("goals.yaml", goals(areas));
        files++;
        write("accessibility.yaml", ACCESSIBILITY);
        files++;
        write("indicators/sjukpenningtal.yaml", sickLeaveIndicator(lastYear));
        write("indicators/sjukfranvaro-medarbetare.yaml", staffIndicator(lastYear));
        files += 2;
        for (int p = 0; p < pageCount; p++) {
            String next = pageIds.get((p + 1) % pageCount);
            write("pages/" + pageIds.get(p) + ".md", page(p + 1, List.of(
                    Map.entry("Nästa rapport", next + ".md"),
                    Map.entry(areas.get(p % areas.size()).title(), "../" + areas.get(p % areas.size()).file()))));
            files++;
        }
        Map<String, String> activityStatus = new HashMap<>();
        Map<String, String> activityNote = new HashMap<>();
        for (int f = 0; f < followUpCount; f++) {
            LocalDate date = dates.get(f);
            String folder = "followups/" + date + "/";
            write(folder + "followup.yaml", followUp(date, areas, pageIds.get(f % pageCount), activityStatus, activityNote));
            write(folder + "summary.md", text.summary(date.toString(), activityCount) + "\n");
            files += 2;
        }
        return new Summary(areaCount, activityCount, areaCount + 2, followUpCount, pageCount, files);
    }

    /** A filled statement, so that generated content checks without warnings; the contact is made up too. */
    private static final String ACCESSIBILITY = """
            # Påhittad tillgänglighetsredogörelse (generate-sample): kontaktuppgifterna finns inte på riktigt.
            compliance: delvis-forenlig
            assessment: egen-bedomning
            gaps: |
              Exempelwebbplatsen har inte granskats manuellt.
            prepared: 2026-01-15
            feedback:
              email: tillganglighet@example.se
            supervision: https://www.digg.se/tdosanmalan
            """;

    private String plan() {
        return """
                title: Exempelplan för minskad sjukskrivning (genererad)
                region: Region Exempel
                owner: Regionstyrelsen
                adopted:
                  date: 2015
                  body: Regionfullmäktige
                description: |
                  Den här planen är **genererad** av `generate-sample` för prov och lasttester.
                  Texterna är sammansatta och alla siffror är påhittade.
                horizons:
                  - years: 4
                    lead: "Inom 4 år ska Region Exempel ha:"
                  - years: 8
                  - years: 12
                goalStatuses:
                  - id: uppfyllt
                    label: Uppfyllt
                    symbol: "●"
                    meaning: met
                  - id: delvis-uppfyllt
                    label: Delvis uppfyllt
                    symbol: "◐"
                    meaning: partlyMet
                  - id: ej-uppfyllt
                    label: Ej uppfyllt
                    symbol: "○"
                    meaning: notMet
                activityStatuses:
                  - id: genomford
                    label: Genomförd
                    symbol: "✔"
                    meaning: done
                  - id: pagar
                    label: Pågår
                    symbol: "◔"
                    meaning: ongoing
                  - id: ej-paborjad
                    label: Ej påbörjad
                    symbol: "○"
                    meaning: notStarted
                  - id: ej-prioriterad
                    label: Ej prioriterad
                    symbol: "✕"
                    meaning: notPrioritised
                """;
    }

    private String area(AreaSpec area) {
        StringBuilder yaml = new StringBuilder("---\nid: ").append(area.id()).append("\ntitle: ")
                .append(quoted(area.title())).append("\nactivities:\n");
        for (String id : area.activityIds()) {
            yaml.append("  - id: ").append(id).append("\n    text: ").append(block(text.activity(), 6));
        }
        return yaml.append("---\n").append(text.sentences(2)).append('\n').toString();
    }

    private String goals(List<AreaSpec> areas) {
        StringBuilder yaml = new StringBuilder("goals:\n");
        int[] horizons = {4, 8, 12};
        for (int a = 0; a < areas.size(); a++) {
            AreaSpec area = areas.get(a);
            yaml.append("  - id: mal-").append(area.id()).append("\n    horizon: ").append(horizons[a % 3])
                    .append("\n    text: ").append(quoted("Förbättrade resultat inom " + area.title().toLowerCase(Locale.ROOT) + "."))
                    .append("\n    area: ").append(area.id()).append('\n');
        }
        return yaml.append("""
                  - id: differens-sjukpenningtal
                    horizon: 4
                    text: Minskad skillnad i sjukpenningtal mellan länet och riket.
                    target:
                      indicator: sjukpenningtal
                      series: lanet
                      compareTo: riket
                      baseline: 2014-12-31
                      decreaseBy: 1.0
                  - id: sjukfranvaro-medarbetare
                    horizon: 8
                    text: Lägre sjukfrånvaro bland regionens medarbetare.
                    target:
                      indicator: sjukfranvaro-medarbetare
                      series: regionen
                      baseline: 2014-12-31
                      decreaseBy: 1.0
                """).toString();
    }

    /** The county falls about 0,6 a year against a flat nation, so the difference target is met from 2016 on. */
    private String sickLeaveIndicator(int lastYear) {
        StringBuilder yaml = new StringBuilder("""
                title: Sjukpenningtal
                unit: sjukpenningdagar
                description: |
                  Påhittade värden för prov och lasttester.
                source: Genererat exempel
                decimals: 1
                series:
                  - id: lanet
                    label: Länet
                  - id: riket
                    label: Riket
                values:
                """);
        for (int year = BASELINE_YEAR; year <= lastYear; year++) {
            int k = year - BASELINE_YEAR;
            yaml.append("  - date: ").append(year).append("-12-31\n    lanet: ").append(decimal(12.4 - 0.6 * k + noise()))
                    .append("\n    riket: ").append(decimal(9.4 + noise())).append('\n');
        }
        return yaml.toString();
    }

    /** Flat around 6 %, so its decrease target is never met. */
    private String staffIndicator(int lastYear) {
        StringBuilder yaml = new StringBuilder("""
                title: Sjukfrånvaro bland medarbetarna
                unit: "%"
                description: |
                  Påhittade värden för prov och lasttester.
                source: Genererat exempel
                decimals: 1
                series:
                  - id: regionen
                    label: Regionen
                values:
                """);
        for (int year = BASELINE_YEAR; year <= lastYear; year++) {
            yaml.append("  - date: ").append(year).append("-12-31\n    regionen: ").append(decimal(6.0 + noise())).append('\n');
        }
        return yaml.toString();
    }

    private String page(int number, List<Map.Entry<String, String>> links) {
        StringBuilder body = new StringBuilder("---\ntitle: ").append(quoted("Rapport " + number)).append("\norder: ")
                .append(10 + number).append("\nsummary: ").append(quoted("Genererad rapport nummer " + number + "."))
                .append("\n---\n").append(text.pageBody()).append("\n\n");
        links.forEach(l -> body.append("Se även [").append(l.getKey()).append("](").append(l.getValue()).append(").\n"));
        return body.toString();
    }

    private String followUp(LocalDate date, List<AreaSpec> areas, String pageId, Map<String, String> statuses,
                            Map<String, String> notes) {
        StringBuilder yaml = new StringBuilder("date: ").append(date).append("\ntitle: ")
                .append(quoted("Lägesavstämning per " + date)).append("\ndecision:\n  body: Regionstyrelsen\n  reference: ")
                .append(quoted("RS/" + (100 + random.nextInt(900)) + "/" + date.getYear())).append("\npages: [")
                .append(pageId).append("]\ngoals:\n");
        for (AreaSpec area : areas) {
            yaml.append("  mal-").append(area.id()).append(":\n    status: ").append(text.pick(AREA_GOAL_STATUSES))
                    .append("\n    comment: ").append(block(text.comment(), 6));
        }
        yaml.append("  differens-sjukpenningtal:\n    status: uppfyllt\n    comment: ").append(block(text.comment(), 6));
        yaml.append("  sjukfranvaro-medarbetare:\n    status: ej-uppfyllt\n    comment: ").append(block(text.comment(), 6));
        yaml.append("activities:\n");
        for (AreaSpec area : areas) {
            for (String id : area.activityIds()) {
                String status = nextStatus(statuses.get(id));
                statuses.put(id, status);
                String note = notes.get(id) == null || random.nextInt(2) == 0 ? text.note(briefNotes) : notes.get(id);
                notes.put(id, note);
                yaml.append("  ").append(id).append(":\n    status: ").append(status).append("\n    note: ")
                        .append(block(note, 6));
            }
        }
        return yaml.toString();
    }

    /** Activities start, progress and finish over the follow-ups; a few are set aside. */
    private String nextStatus(String previous) {
        if (previous == null) {
            return ACTIVITY_STATUSES.get(1 + random.nextInt(2));
        }
        int roll = random.nextInt(100);
        return switch (previous) {
            case "ej-paborjad" -> roll < 30 ? "pagar" : roll < 33 ? "ej-prioriterad" : previous;
            case "pagar" -> roll < 20 ? "genomford" : previous;
            default -> previous;
        };
    }

    private double noise() {
        return (random.nextInt(21) - 10) / 100.0;
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A YAML double-quoted scalar: safe for any text, colons and hashes included. */
    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A YAML literal block scalar holding {@code markdown}, its lines indented by {@code indent}. */
    static String block(String markdown, int indent) {
        String pad = " ".repeat(indent);
        StringBuilder yaml = new StringBuilder("|\n");
        for (String line : markdown.split("\n", -1)) {
            yaml.append(line.isEmpty() ? "" : pad + line).append('\n');
        }
        return yaml.toString();
    }

    private void write(String relative, String content) throws IOException {
        Path file = out.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
