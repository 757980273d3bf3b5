package lupsite.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/** How a relative link in Markdown names another content file: relative to the file the Markdown is in. */
public final class ContentPaths {

    private ContentPaths() {
    }

    /** True for a link that leaves the site (a web address or e-mail) rather than naming a content file. */
    public static boolean isExternal(String target) {
        String lower = target.toLowerCase();
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
    }

    /** True for a link with a scheme other than the external ones, such as {@code javascript:} or {@code file:}. */
    public static boolean hasOtherScheme(String target) {
        return !isExternal(target) && target.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    /**
     * The content-relative path {@code target} names from {@code fromFile}, without any #fragment; empty when
     * it climbs out of the content folder.
     */
    public static Optional<String> resolve(String fromFile, String target) {
        String path = withoutFragment(target);
        Deque<String> parts = new ArrayDeque<>();
        if (!path.startsWith("/")) {
            int slash = fromFile.lastIndexOf('/');
            if (slash >= 0) {
                for (String part : fromFile.substring(0, slash).split("/")) {
                    parts.addLast(part);
                }
            }
        }
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    /** How a link in {@code fromFile} names the content file {@code toPath}: "../pages/budget.md". */
    public static String relative(String fromFile, String toPath) {
        String[] from = fromFile.split("/");
        String[] to = toPath.split("/");
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder link = new StringBuilder();
        for (int i = common; i < from.length - 1; i++) {
            link.append("../");
        }
        for (int i = common; i < to.length; i++) {
            link.append(to[i]).append(i < to.length - 1 ? "/" : "");
        }
        return link.toString();
    }

    /**
     * True for the names editors and their tools leave behind: backups and temporary files ({@code x~},
     * {@code x.bak}, {@code x.swp}, {@code x.tmp}, {@code #x#}). They are never published.
     */
    public static boolean isBackup(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return name.endsWith("~") || name.endsWith(".bak") || name.endsWith(".swp") || name.endsWith(".tmp")
                || name.length() > 1 && name.startsWith("#") && name.endsWith("#");
    }

    public static String withoutFragment(String target) {
        int hash = target.indexOf('#');
        return hash < 0 ? target : target.substring(0, hash);
    }

    public static String fragment(String target) {
        int hash = target.indexOf('#');
        return hash < 0 ? "" : target.substring(hash);
    }
}
