package lupsite.load;

import java.util.List;
import java.util.Locale;

/** Swedish sentences for the YAML parser's English problems, with what usually causes each. */
final class YamlMessages {

    /** A problem whose English text contains {@code fragment}, and how it reads in Swedish. */
    private record Known(String fragment, String swedish) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known("mapping values are not allowed here",
                    "YAML-syntaxfel: ett kolon står där det inte får stå. Sätt texten inom citattecken (\"...\") "
                            + "om den innehåller \": \", eller kontrollera indraget på raden ovanför."),
            new Known("could not find expected ':'",
                    "YAML-syntaxfel: ett kolon saknas efter nyckeln. Skriv nyckel: värde."),
            new Known("(TAB)",
                    "YAML-syntaxfel: filen innehåller ett tabbtecken. Använd mellanslag för indrag, aldrig tabb."),
            new Known("that cannot start any token",
                    "YAML-syntaxfel: tecknet här får inte inleda ett värde (till exempel @ eller `). Sätt texten "
                            + "inom citattecken (\"...\")."),
            new Known("did not find expected key",
                    "YAML-syntaxfel: indraget stämmer inte. Nycklar på samma nivå ska börja i samma kolumn."),
            new Known("did not find expected '-' indicator",
                    "YAML-syntaxfel: indraget stämmer inte i listan. Varje punkt ska börja med \"- \" i samma kolumn."),
            new Known("found unexpected end of stream",
                    "YAML-syntaxfel: filen tar slut mitt i ett värde. Kontrollera att alla citattecken är stängda."),
            new Known("found undefined alias",
                    "YAML-alias (*namn) stöds inte i innehållsfiler. Skriv ut värdet i stället."),
            new Known("expected <block end>",
                    "YAML-syntaxfel: indraget stämmer inte med raderna ovanför. Kontrollera att raden börjar i "
                            + "samma kolumn som de andra på samma nivå."),
            new Known("while scanning a quoted scalar",
                    "YAML-syntaxfel: ett citattecken öppnas men stängs aldrig."),
            new Known("found unknown escape character",
                    "YAML-syntaxfel: okänd \\-kod inom \"...\". Använd enkla citattecken ('...') eller skriv \\\\."));

    private YamlMessages() {
    }

    static String translate(String english) {
        String problem = english == null ? "" : english.strip();
        for (Known known : KNOWN) {
            if (problem.toLowerCase(Locale.ROOT).contains(known.fragment.toLowerCase(Locale.ROOT))) {
                return known.swedish;
            }
        }
        return "YAML-syntaxfel (" + problem + "). Jämför med exemplen i redaktörsguiden.";
    }
}
