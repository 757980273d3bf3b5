package lupsite.markdown;

/**
 * Markdown that uses no Markdown: paragraphs of words and punctuation, nothing that could start a list, heading,
 * table, code, link, emphasis, entity or HTML. Most notes and comments are like that, and for them flexmark's
 * per-document setup costs far more than the text itself, so they are turned into HTML here. The rules are
 * deliberately stricter than CommonMark's (a line may not even start with a digit or a space), so that what
 * passes has exactly one reading; {@code PlainProseTest} holds the HTML to flexmark's for the bundled content,
 * generated content and random text.
 */
public final class PlainProse {

    private PlainProse() {
    }

    /** True when {@code source} is paragraphs of plain text: no character, anywhere or at a line's start, that Markdown reads as syntax. */
    public static boolean isPlain(String source) {
        boolean lineStart = true;
        char previous = '\n';
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                if (previous == ' ') {
                    return false;
                }
                lineStart = true;
            } else {
                if (lineStart && !startsLine(c) || !inLine(c)) {
                    return false;
                }
                lineStart = false;
            }
            previous = c;
        }
        return previous != ' ';
    }

    /** The HTML flexmark makes of plain prose: one {@code <p>} per paragraph, soft line breaks kept as newlines. */
    public static String html(String source) {
        StringBuilder html = new StringBuilder(source.length() + 16);
        boolean open = false;
        int start = 0;
        while (start <= source.length()) {
            int end = source.indexOf('\n', start);
            if (end < 0) {
                end = source.length();
            }
            if (end == start) {
                if (open) {
                    html.append("</p>\n");
                    open = false;
                }
            } else {
                html.append(open ? "\n" : "<p>");
                open = true;
                for (int i = start; i < end; i++) {
                    char c = source.charAt(i);
                    if (c == '"') {
                        html.append("&quot;");
                    } else {
                        html.append(c);
                    }
                }
            }
            start = end + 1;
        }
        if (open) {
            html.append("</p>\n");
        }
        return html.toString();
    }

    /** What may start a line: not a space (indented code, lazy lines), a digit (ordered lists) or a block marker. */
    private static boolean startsLine(char c) {
        return switch (c) {
            case ' ', '#', '>', '-', '+', '=', '~' -> false;
            default -> !(c >= '0' && c <= '9');
        };
    }

    /** What may stand anywhere: no inline syntax, no table pipe, no control character (tabs and NUL have rules). */
    private static boolean inLine(char c) {
        return switch (c) {
            case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '\t', '\r' -> false;
            default -> c >= ' ';
        };
    }
}
