package lupsite.check;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import lupsite.load.SourceFile;
import lupsite.model.Position;
import lupsite.problem.Problems;

/**
 * An SVG is published only when it is a picture and nothing else. Opened on its own (not in an {@code <img>}), an
 * SVG is a document on the intranet's address and runs what it carries, so each of these is refused where it
 * stands, by name: scripts, event-handler attributes, {@code foreignObject} and HTML elements, references to
 * anything outside the file (other files, web addresses, CSS {@code url()} and {@code @import}), {@code
 * javascript:} addresses, animations that rewrite a link or handler, a DOCTYPE with its own definitions (entities
 * reach files and can blow up) and processing instructions (an XSLT style sheet turns the file into a page).
 * Refusing rather than cleaning: the editor learns what the drawing program put there, and the published bytes
 * are the editor's.
 */
final class SvgCheck {

    private static final String HTML = "http://www.w3.org/1999/xhtml";
    private static final String MATHML = "http://www.w3.org/1998/Math/MathML";
    private static final String PNG_INSTEAD = " eller spara bilden som PNG.";
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?\\s*([^'\")\\s]*)", Pattern.CASE_INSENSITIVE);
    /** Pictures inside the picture are fine; anything else in a data: address could be a document. */
    private static final Pattern RASTER_DATA = Pattern.compile("data:image/(png|jpeg|gif|webp)[;,].*", Pattern.DOTALL);
    private static final Pattern CSS_ESCAPE = Pattern.compile("\\\\(?:([0-9a-fA-F]{1,6})\\s?|(.))", Pattern.DOTALL);
    private static final int SHOWN = 60;

    private final SourceFile svg;
    private final Problems problems;
    /** How far lines have been counted: {@link #line} starts at {@link #lineStart}. */
    private int counted;
    private int line = 1;
    private int lineStart;

    private SvgCheck(SourceFile svg, Problems problems) {
        this.svg = svg;
        this.problems = problems;
    }

    static void check(SourceFile svg, Problems problems) {
        new SvgCheck(svg, problems).check();
    }

    private void check() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(svg.text()));
            Position style = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Position at = before(xml, "<");
                    element(xml, at);
                    style = xml.getLocalName().equals("style") ? at : null;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    style = null;
                } else if (style != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    css(xml.getText(), style);
                } else if (event == XMLStreamConstants.DTD) {
                    Position at = before(xml, "<!DOCTYPE");
                    if (definesSomething(counted)) {
                        problems.error(at, "SVG-bilden har en DOCTYPE med egna definitioner ([...]), som kan hämta "
                                + "filer utifrån eller göra bilden hur stor som helst. Den behövs inte: ta bort "
                                + "DOCTYPE-raden.");
                        return;
                    }
                } else if (event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                    problems.error(before(xml, "<?"), "SVG-bilden har en instruktion (<?" + xml.getPITarget()
                            + " ...?>), som kan hämta och köra kod utifrån (en formatmall gör bilden till en sida). "
                            + "Ta bort raden.");
                }
            }
        } catch (XMLStreamException e) {
            Location where = e.getLocation();
            problems.error(where == null ? Position.ofFile(svg.path())
                            : new Position(svg.path(), Math.max(1, where.getLineNumber()), Math.max(1, where.getColumnNumber())),
                    "SVG-bilden kan inte läsas som XML. Spara om den som vanlig SVG i ritprogrammet.");
        }
    }

    private void element(XMLStreamReader xml, Position at) {
        String name = xml.getLocalName();
        String namespace = xml.getNamespaceURI();
        String shown = xml.getPrefix() == null || xml.getPrefix().isEmpty() ? name : xml.getPrefix() + ":" + name;
        if (HTML.equals(namespace) || MATHML.equals(namespace)) {
            problems.error(at, "SVG-bilden innehåller HTML (<" + shown + ">), som kan köra skript. Ta bort elementet"
                    + PNG_INSTEAD);
        } else if (name.equals("script") || name.equals("handler")) {
            problems.error(at, "SVG-bilden innehåller ett skript (<" + shown + ">). Ett skript i en bild körs på "
                    + "intranätet när någon öppnar bilden. Ta bort skriptet" + PNG_INSTEAD);
        } else if (name.equals("foreignObject")) {
            problems.error(at, "SVG-bilden innehåller <" + shown + ">, som kan bädda in HTML och skript. Ta bort "
                    + "elementet" + PNG_INSTEAD);
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attribute(xml, i, name, at);
        }
    }

    private void attribute(XMLStreamReader xml, int index, String element, Position at) {
        String name = xml.getAttributeLocalName(index);
        String prefix = xml.getAttributePrefix(index);
        String shown = prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
        String value = xml.getAttributeValue(index);
        String squeezed = squeeze(value);
        if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
            problems.error(at, "SVG-bilden har attributet " + shown + "=, som kör skript när något händer i bilden. "
                    + "Ta bort attributet" + PNG_INSTEAD);
        } else if (squeezed.contains("javascript:") || squeezed.contains("vbscript:")) {
            problems.error(at, "SVG-bilden har en skriptadress (" + shown + "=\"" + cut(value) + "\"). Ta bort "
                    + "den" + PNG_INSTEAD);
        } else if (name.equals("href") && !internal(value.strip())) {
            outside(at, shown + "=\"" + cut(value) + "\"");
        } else if (name.equals("attributeName") && List.of("animate", "set").contains(element)
                && (squeezed.startsWith("on") || squeezed.endsWith("href"))) {
            problems.error(at, "SVG-bilden har en animering som ändrar attributet " + value.strip() + "=, och kan "
                    + "då bli en länk till ett skript. Ta bort animeringen" + PNG_INSTEAD);
        } else {
            css(value, at);
        }
    }

    /**
     * True when the DOCTYPE starting at {@code start} has an internal subset ("[...]" before its end): the parser
     * does not give the declaration's text reliably, so the source is read, quoted ids skipped.
     */
    private boolean definesSomething(int start) {
        String text = svg.text();
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int close = text.indexOf(c, i + 1);
                i = close < 0 ? text.length() : close;
            } else if (c == '[' || c == '>') {
                return c == '[';
            }
        }
        return false;
    }

    /**
     * A style sheet or a style-carrying attribute: it may use only what the file itself holds. CSS escapes are
     * undone first, since {@code \75 rl(} is {@code url(} to a browser; {@code image-set()} fetches bare strings.
     */
    private void css(String text, Position at) {
        String plain = unescape(text);
        String lower = plain.toLowerCase(Locale.ROOT);
        for (String fetching : List.of("@import", "image-set(")) {
            if (lower.contains(fetching)) {
                outside(at, fetching);
                return;
            }
        }
        Matcher url = URL.matcher(plain);
        while (url.find()) {
            if (!internal(url.group(1))) {
                outside(at, "url(" + cut(url.group(1)) + ")");
                return;
            }
        }
    }

    private static String unescape(String css) {
        if (css.indexOf('\\') < 0) {
            return css;
        }
        Matcher escape = CSS_ESCAPE.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        while (escape.find()) {
            String replacement = escape.group(1) != null
                    ? Character.toString(Math.min(Integer.parseInt(escape.group(1), 16), Character.MAX_CODE_POINT))
                    : escape.group(2);
            escape.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return escape.appendTail(out).toString();
    }

    private void outside(Position at, String what) {
        problems.error(at, "SVG-bilden hämtar något utanför sig själv (" + what + "). En bild på webbplatsen får inte "
                + "hämta något utifrån: bädda in det i bilden, ta bort hänvisningen" + PNG_INSTEAD);
    }

    private static boolean internal(String reference) {
        return reference.startsWith("#") || RASTER_DATA.matcher(reference).matches();
    }

    /** Lower case without white space or control characters, as a browser reads a URL's scheme. */
    private static String squeeze(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().filter(c -> c > ' ').forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String cut(String value) {
        return value.length() <= SHOWN ? value : value.substring(0, SHOWN) + "…";
    }

    /**
     * Where the construct just read began: the parser stands at its end, and {@code opening} ("<", "<?") is the
     * last of its kind before that (a tag holds no unescaped "<"). Constructs come in file order, so lines are
     * counted on from the previous one, once through the file.
     */
    private Position before(XMLStreamReader xml, String opening) {
        String text = svg.text();
        int end = xml.getLocation().getCharacterOffset();
        int start = Math.max(counted, text.lastIndexOf(opening, (end < 0 ? text.length() : Math.min(end, text.length())) - 1));
        for (; counted < start; counted++) {
            if (text.charAt(counted) == '\n') {
                line++;
                lineStart = counted + 1;
            }
        }
        return new Position(svg.path(), line, start - lineStart + 1);
    }
}
