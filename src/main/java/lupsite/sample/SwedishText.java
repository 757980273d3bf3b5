package lupsite.sample;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Plausible Swedish plan prose put together from phrase banks: activities, notes, comments and summaries
 * that read like a follow-up, with Markdown lists and tables where real editors use them. Every choice
 * comes from the seeded {@link Random} it is given, so the same seed gives the same text.
 */
final class SwedishText {

    private static final List<String> VERBS = List.of(
            "Utveckla", "Tydliggör", "Säkerställ", "Inför", "Utred", "Stärk", "Följ upp", "Förbättra",
            "Samordna", "Kartlägg", "Implementera", "Utvärdera");
    private static final List<String> OBJECTS = List.of(
            "rutiner för tidig kontakt med arbetsgivaren", "rehabkoordinatorernas roll på hälsocentralerna",
            "samverkan med Försäkringskassan", "uppföljningen av sjukskrivningslängd",
            "arbetssätt för multimodala teammöten", "stödet till chefer vid upprepad korttidsfrånvaro",
            "kompetensen inom försäkringsmedicin", "behandlingen av lindrig och medelsvår psykisk ohälsa",
            "insatser för personer med muskuloskeletala besvär", "statistik över sjukskrivningsmönster",
            "informationen till patienter om sjukskrivningsprocessen", "dialogen med länets kommuner",
            "det förebyggande arbetsmiljöarbetet", "rutiner för återgång i arbete",
            "användningen av beslutsstöd vid sjukskrivning");
    private static final List<String> QUALIFIERS = List.of(
            "i hela länet", "inom primärvården", "inom psykiatrin", "för regionens medarbetare",
            "tillsammans med övriga aktörer", "vid samtliga hälsocentraler", "inom specialistvården",
            "i samarbete med arbetsgivarna");
    private static final List<String> PROGRESS = List.of(
            "Arbetet har kommit igång och en arbetsgrupp är utsedd.",
            "En första version av rutinen är framtagen och testas på två enheter.",
            "Arbetet pågår enligt plan och beräknas vara klart under nästa år.",
            "Utbildningsinsatser har genomförts för berörd personal.",
            "Resultatet har presenterats för ledningsgruppen.",
            "Arbetet har försenats på grund av vakanser men återupptas under hösten.",
            "En uppföljning visar att arbetssättet används vid de flesta enheterna.",
            "Samverkansmöten hålls nu regelbundet varje kvartal.",
            "Insatsen har utvärderats och permanentas.",
            "Ingen ny åtgärd har vidtagits sedan föregående uppföljning.",
            "Statistiken redovisas numera månadsvis till verksamheterna.",
            "Ett nytt webbstöd har lanserats på intranätet.");
    private static final List<String> LIST_ITEMS = List.of(
            "Utbildning för AT- och ST-läkare", "Handledning för rehabkoordinatorer",
            "Gemensamma riktlinjer med Försäkringskassan", "Digitala utbildningar för chefer",
            "Regelbunden analys av sjukskrivningslistor", "Tidiga avstämningsmöten med arbetsgivare",
            "Uppföljning av sjukskrivningslängd per diagnos", "Information på 1177 Vårdguiden");
    private static final List<String> AREA_THEMES = List.of(
            "samordnad rehabilitering", "psykisk hälsa", "försäkringsmedicinsk kompetens",
            "friskare arbetsplatser", "jämställd sjukskrivning", "tidiga insatser");
    private static final List<String> UNITS = List.of(
            "Hälsocentral Östersund", "Hälsocentral Krokom", "Hälsocentral Strömsund", "Hälsocentral Sveg",
            "Psykiatriska kliniken", "Ortopedkliniken", "Hälsocentral Järpen", "Hälsocentral Bräcke");

    private final Random random;

    SwedishText(Random random) {
        this.random = random;
    }

    String activity() {
        String text = pick(VERBS) + " " + pick(OBJECTS) + " " + pick(QUALIFIERS) + ".";
        if (random.nextInt(4) == 0) {
            return text + "\n\n" + list(2 + random.nextInt(3));
        }
        return text;
    }

    String note() {
        String text = sentences(1 + random.nextInt(3));
        int kind = random.nextInt(10);
        if (kind == 0) {
            return text + "\n\n" + table(2 + random.nextInt(3));
        }
        if (kind < 3) {
            return text + "\n\n" + list(2 + random.nextInt(2));
        }
        return text;
    }

    String comment() {
        return sentences(2 + random.nextInt(3)) + "\n\n" + sentences(1 + random.nextInt(2));
    }

    String summary(String date, int activities) {
        return "## Sammanfattning per " + date + "\n\n" + sentences(3) + "\n\n"
                + "Uppföljningen omfattar " + activities + " aktiviteter. " + sentences(2) + "\n\n"
                + "### Viktigaste insatserna\n\n" + list(4) + "\n\n"
                + "### Antal deltagare per enhet\n\n" + table(5);
    }

    String areaTitle() {
        String theme = pick(AREA_THEMES);
        return Character.toUpperCase(theme.charAt(0)) + theme.substring(1);
    }

    String pageBody() {
        StringBuilder body = new StringBuilder(sentences(2)).append("\n\n");
        for (int section = 1; section <= 3; section++) {
            body.append("## Avsnitt ").append(section).append("\n\n").append(sentences(4)).append("\n\n")
                    .append(list(3)).append("\n\n");
        }
        return body.append(table(6)).toString();
    }

    String sentences(int count) {
        return String.join(" ", distinct(PROGRESS, count));
    }

    private String list(int items) {
        return "- " + String.join("\n- ", distinct(LIST_ITEMS, items));
    }

    private String table(int rows) {
        StringBuilder text = new StringBuilder("| Enhet | Deltagare | Andel klara |\n|---|---:|---:|");
        for (int i = 0; i < rows; i++) {
            text.append("\n| ").append(pick(UNITS)).append(" | ").append(5 + random.nextInt(60)).append(" | ")
                    .append(random.nextInt(101)).append(" % |");
        }
        return text.toString();
    }

    /** {@code count} different phrases, so a list or paragraph never says the same thing twice. */
    private List<String> distinct(List<String> from, int count) {
        List<String> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return copy.subList(0, count);
    }

    String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
