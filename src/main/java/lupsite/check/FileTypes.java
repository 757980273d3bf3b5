package lupsite.check;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The kinds of file the site publishes from content/, by extension, and how each one's first bytes look. An
 * allow-list: a browser opening a published file on the intranet's own address runs whatever that file can
 * carry, so only images and documents are published, and each must be what its name says.
 */
final class FileTypes {

    /** {@code label} names the kind in messages; {@code looksRight} tells it by its first {@link #HEAD_BYTES}. */
    record Kind(String label, boolean image, Predicate<byte[]> looksRight) {
    }

    /** Enough of a file's beginning for every kind's test. */
    static final int HEAD_BYTES = 12;

    private static final Predicate<byte[]> ZIP = at(0, 'P', 'K', 3, 4);
    private static final Predicate<byte[]> OLE = at(0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    private static final Predicate<byte[]> TEXT = head -> true;
    private static final Kind JPEG = new Kind("JPEG", true, at(0, 0xFF, 0xD8, 0xFF));

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("png", new Kind("PNG", true, at(0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'))),
            Map.entry("jpg", JPEG),
            Map.entry("jpeg", JPEG),
            Map.entry("gif", new Kind("GIF", true, at(0, 'G', 'I', 'F', '8', '7', 'a').or(at(0, 'G', 'I', 'F', '8', '9', 'a')))),
            Map.entry("webp", new Kind("WebP", true, at(0, 'R', 'I', 'F', 'F').and(at(8, 'W', 'E', 'B', 'P')))),
            // Text: what it may hold is read whole, by SvgCheck.
            Map.entry("svg", new Kind("SVG", true, TEXT)),
            Map.entry("pdf", new Kind("PDF", false, at(0, '%', 'P', 'D', 'F', '-'))),
            Map.entry("doc", new Kind("Word", false, OLE)),
            Map.entry("docx", new Kind("Word", false, ZIP)),
            Map.entry("xls", new Kind("Excel", false, OLE)),
            Map.entry("xlsx", new Kind("Excel", false, ZIP)),
            Map.entry("ppt", new Kind("PowerPoint", false, OLE)),
            Map.entry("pptx", new Kind("PowerPoint", false, ZIP)),
            Map.entry("odt", new Kind("OpenDocument", false, ZIP)),
            Map.entry("ods", new Kind("OpenDocument", false, ZIP)),
            Map.entry("odp", new Kind("OpenDocument", false, ZIP)),
            Map.entry("csv", new Kind("CSV", false, TEXT)),
            Map.entry("txt", new Kind("text", false, TEXT)));

    /**
     * Files a browser runs (pages, scripts, compressed SVG that cannot be checked), or a web server may run
     * (server scripts); they get a message of their own, saying why.
     */
    private static final Set<String> ACTIVE = Set.of("html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml", "hta",
            "js", "mjs", "svgz", "xml", "xsl", "xslt", "swf", "wasm", "php", "phtml", "jsp", "asp", "aspx", "cgi");

    private FileTypes() {
    }

    static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static Optional<Kind> kind(String path) {
        return Optional.ofNullable(KINDS.get(extension(path)));
    }

    static boolean isActive(String path) {
        return ACTIVE.contains(extension(path));
    }

    /** True when the file's first bytes are {@code expected}, from {@code offset} on. */
    private static Predicate<byte[]> at(int offset, int... expected) {
        return head -> {
            if (head.length < offset + expected.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                if ((head[offset + i] & 0xFF) != expected[i]) {
                    return false;
                }
            }
            return true;
        };
    }
}
