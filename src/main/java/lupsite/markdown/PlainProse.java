package lupsite.markdown;

/**
 * Markdown that uses almost no Markdown: paragraphs of words and punctuation, and simple bulleted lists ("- " and
 * one line of such text per item), nothing that could start any other block (heading, table, code, quote) or
 * mean anything inline (link, emphasis, entity, HTML). Most notes and comments are like that, and for them
 * flexmark's per-document setup costs far more than the text itself, so they are turned into HTML here. The
 * rules are deliberately stricter than CommonMark's (a line may not even start with a digit or a space, and a
 * list may not follow a list across a blank line, which would make it one loose list), so that what passes has
 * exactly one reading; {@code PlainProseTest} holds the HTML to flexmark's for the bundled content, generated
 * content and random text.
 */
public final class PlainProse {

    private static final String BULLET = "- ";
    private static final String PARAGRAPH_END = "</p>\n";
    private static final String LIST_END = "</ul>\n";

    private PlainProse() {
    }

    /** True when {@code source} is paragraphs and simple bulleted lists of plain text. */
    public static boolean isPlain(String source) {
        boolean blockStart = true;
        boolean inList = false;
        boolean blockAboveEndedInList = false;
        for (int start = 0; start <= source.length(); ) {
            int end = lineEnd(source, start);
            if (end == start) {
                if (!blockStart) {
                    blockAboveEndedInList = inList;
                }
                blockStart = true;
                inList = false;
            } else if (source.startsWith(BULLET, start)) {
                if (blockStart && blockAboveEndedInList || !isPlainLine(source, start + BULLET.length(), end)) {
                    return false;
                }
                inList = true;
                blockStart = false;
            } else {
                if (inList || !isPlainLine(source, start, end)) {
                    return false; // after an item, a line would continue the item
                }
                blockStart = false;
            }
            start = end + 1;
        }
        return true;
    }

    /** The HTML flexmark makes of plain prose: {@code <p>} per paragraph with soft breaks kept, {@code <ul>} per list. */
    public static String html(String source) {
        StringBuilder html = new StringBuilder(source.length() + 32);
        String close = "";
        for (int start = 0; start <= source.length(); ) {
            int end = lineEnd(source, start);
            if (end == start) {
                html.append(close);
                close = "";
            } else if (source.startsWith(BULLET, start)) {
                if (!close.equals(LIST_END)) {
                    html.append(close).append("<ul>\n");
                    close = LIST_END;
                }
                escape(html.append("<li>"), source, start + BULLET.length(), end).append("</li>\n");
            } else {
                if (close.equals(PARAGRAPH_END)) {
                    html.append('\n');
                } else {
                    html.append("<p>");
                    close = PARAGRAPH_END;
                }
                escape(html, source, start, end);
            }
            start = end + 1;
        }
        return html.append(close).toString();
    }

    private static int lineEnd(String source, int start) {
        int end = source.indexOf('\n', start);
        return end < 0 ? source.length() : end;
    }

    /** A line of plain text: no syntax at its start or anywhere in it, and no space at its end (a hard break). */
    private static boolean isPlainLine(String source, int start, int end) {
        if (start == end || !startsLine(source.charAt(start)) || source.charAt(end - 1) == ' ') {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!inLine(source.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder escape(StringBuilder html, String source, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (c == '"') {
                html.append("&quot;");
            } else {
                html.append(c);
            }
        }
        return html;
    }

    /** What may start a line: not a space (indented code, lazy lines), a digit (ordered lists) or a block marker. */
    private static boolean startsLine(char c) {
        return switch (c) {
            case ' ', '#', '>', '-', '+', '=', '~' -> false;
            default -> !(c >= '0' && c <= '9');
        };
    }

    /**
     * What may stand anywhere: no inline syntax, no table pipe, no control character (tabs and NUL have rules),
     * and none of the characters at which a Java pattern's {@code $} ends a line (NEL, U+2028, U+2029): flexmark
     * matches lines with such patterns, so "Text\n- \u2028" is a heading to it, not a paragraph and a list.
     */
    private static boolean inLine(char c) {
        return switch (c) {
            case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '\t', '\r', '\u0085', '\u2028', '\u2029' -> false;
            default -> c >= ' ';
        };
    }
}
