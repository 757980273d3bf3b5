package lupsite.load;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    static final String UNCLOSED_QUOTE = "YAML-syntaxfel: citattecknet här stängs aldrig. Avsluta värdet med "
            + "samma sorts citattecken på samma rad, eller skriv längre text som ett block med |.";

    /**
     * Problems the parser finds only on the line after the mistake; their context (the key being read) is
     * where the editor should look.
     */
    private static final List<String> AT_CONTEXT = List.of("could not find expected ':'");

    /** A value that opens a quote it does not close on its line: {@code key: "text} or {@code - 'text}. */
    private static final Pattern OPENED_VALUE =
            Pattern.compile("^\\s*(?:-\\s+|(?:-\\s+)?[^\\s#\"'-][^:#]*:\\s+)([\"'])");

    /** A key whose value is a block (| or >): the more indented lines below are text, not YAML. */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\s*).*:\\s*[|>][-+0-9]*\\s*(#.*)?$");

    private YamlMessages() {
    }

    static boolean atContext(String english) {
        return english != null && AT_CONTEXT.stream().anyMatch(english::startsWith);
    }

    /**
     * The line and column (0-based) of the first quote that opens a value and is not closed on its line, at
     * or before {@code lastLine}. Editors write long text as a block (|), never as a quoted value over several
     * lines, so such a quote is the mistake wherever the parser noticed it.
     */
    static Optional<int[]> unclosedQuote(String text, int lastLine) {
        String[] lines = text.split("\n", -1);
        int blockIndent = -1;
        for (int line = 0; line <= Math.min(lastLine, lines.length - 1); line++) {
            int indent = lines[line].length() - lines[line].stripLeading().length();
            if (blockIndent >= 0 && (lines[line].isBlank() || indent > blockIndent)) {
                continue;
            }
            Matcher block = BLOCK_START.matcher(lines[line]);
            blockIndent = block.matches() ? block.group(1).length() : -1;
            Matcher value = OPENED_VALUE.matcher(lines[line]);
            if (value.find() && !closes(lines[line].substring(value.end()), value.group(1).charAt(0))) {
                return Optional.of(new int[] {line, value.start(1)});
            }
        }
        return Optional.empty();
    }

    /** True when {@code rest} holds the closing quote: in '...' a doubled '' is a quote, in "..." a \" is. */
    private static boolean closes(String rest, char quote) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < rest.length() && rest.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    /** A character YAML does not allow anywhere in a file (a control character, or U+FFFE/U+FFFF). */
    static String unprintable(int codePoint) {
        return String.format("Filen innehåller ett osynligt styrtecken (\\u%04X) som inte får stå i en YAML-fil. Ta "
                + "bort det; det följer ofta med text som klistrats in från ett annat program.", codePoint);
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
