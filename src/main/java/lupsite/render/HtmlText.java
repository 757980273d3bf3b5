package lupsite.render;

import java.util.Set;

import org.jsoup.Jsoup;

/**
 * The text of an HTML fragment that {@link MarkdownHtml} made, as jsoup's {@code Element.text()} gives it: tags
 * dropped, a space where a block (paragraph, list item, table cell...) begins or ends, entities decoded,
 * whitespace runs as one space. The search index needs it for every note of every follow-up, and parsing each
 * with jsoup was a twentieth of a cold build. Anything this does not read for certain (preformatted text,
 * images, other entities, characters jsoup treats specially) goes to jsoup; {@code HtmlTextTest} holds the two
 * together on rendered content and random Markdown.
 */
final class HtmlText {

    /** Elements that jsoup does not separate from the text around them, of those flexmark writes. */
    private static final Set<String> INLINE = Set.of("a", "em", "strong", "code");

    private HtmlText() {
    }

    static String of(String html) {
        StringBuilder text = new StringBuilder(html.length());
        boolean space = true; // at the start, as after a space: leading whitespace goes
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0 || html.startsWith("pre", i + 1) || html.startsWith("img", i + 1)) {
                    return jsoup(html); // whitespace kept as written; a space after an image only before text
                }
                if (!INLINE.contains(tagName(html, i + 1, end)) && !space) {
                    text.append(' ');
                    space = true;
                }
                i = end;
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                char decoded = end < 0 ? 0 : entity(html.substring(i + 1, end));
                if (decoded == 0) {
                    return jsoup(html);
                }
                text.append(decoded);
                space = false;
                i = end;
            } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                if (!space) {
                    text.append(' ');
                    space = true;
                }
            } else if (c < ' ' || c >= 0x7f && c <= 0xa0 || c == 0xad || c >= 0x2000 && c <= 0x200f
                    || Character.isSurrogate(c) || c == 0xffff) {
                // controls, no-break and invisible spaces, soft hyphens: jsoup's own rules; U+FFFF is where
                // jsoup's reader thinks the input ends
                return jsoup(html);
            } else {
                text.append(c);
                space = false;
            }
        }
        int length = text.length();
        return length > 0 && text.charAt(length - 1) == ' ' ? text.substring(0, length - 1) : text.toString();
    }

    private static String tagName(String html, int from, int end) {
        int start = from < end && html.charAt(from) == '/' ? from + 1 : from;
        int stop = start;
        while (stop < end && Character.isLetterOrDigit(html.charAt(stop))) {
            stop++;
        }
        return html.substring(start, stop);
    }

    /** The character an entity flexmark writes stands for; 0 for any other. */
    private static char entity(String name) {
        return switch (name) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "#39", "#x27" -> '\'';
            default -> 0;
        };
    }

    private static String jsoup(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }
}
