package lupsite.render;

/** The one escaping of text into HTML, SVG and XML (character data and double-quoted attribute values). */
public final class Markup {

    private Markup() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
