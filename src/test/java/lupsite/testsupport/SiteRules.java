package lupsite.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What axe-core and the Nu checker cannot see, checked on the built files: each rule returns one line per
 * problem ({@code page: what is wrong}), so a test fails with the whole list at once.
 */
public final class SiteRules {

    /** Elements that take keyboard focus without a tabindex, in the order a Tab key meets them. */
    public static final String FOCUSABLE = "a[href], area[href], button, input:not([type=hidden]), select, textarea, "
            + "summary, iframe, [tabindex]:not([tabindex^=\"-\"])";

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)|@import\\s+['\"]([^'\"]*)");

    private final Path site;
    private final Map<String, Document> documents = new HashMap<>();

    public SiteRules(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /** Every page declares its language. */
    public List<String> language(List<String> pages, String lang) {
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            String declared = document(page).selectFirst("html").attr("lang");
            if (!declared.equals(lang)) {
                problems.add(page + ": <html lang=\"" + declared + "\">, expected \"" + lang + "\"");
            }
        }
        return problems;
    }

    /** No status by colour or symbol alone: each has words a screen reader reads, its symbol hidden. */
    public List<String> statusText(List<String> pages) {
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            for (Element status : document(page).select(".status")) {
                Element words = status.clone();
                words.select("[aria-hidden=true]").remove();
                if (words.text().isBlank()) {
                    problems.add(page + ": a status without text: " + status.outerHtml());
                }
                if (!status.select(".symbol:not([aria-hidden=true])").isEmpty()) {
                    problems.add(page + ": a status symbol read aloud besides its text: " + status.outerHtml());
                }
            }
        }
        return problems;
    }

    /**
     * Every address in the pages and stylesheets is relative and names a file of the site (and an element
     * with that id, for a #fragment); external addresses only as links people follow, never as something
     * the page loads.
     */
    public List<String> references(List<String> pages) {
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            Document doc = document(page);
            for (Element e : doc.select("[href], [src], [action]")) {
                for (String attribute : List.of("href", "src", "action")) {
                    if (e.hasAttr(attribute)) {
                        boolean followed = attribute.equals("href") && e.is("a, area");
                        reference(page, e.tagName() + " " + attribute, e.attr(attribute), followed)
                                .ifPresent(problems::add);
                    }
                }
            }
            for (Element style : doc.select("style")) {
                cssReferences(page, style.data(), problems);
            }
        }
        for (String css : files(".css")) {
            cssReferences(css, read(css), problems);
        }
        return problems;
    }

    private void cssReferences(String file, String css, List<String> problems) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            String url = m.group(1) != null ? m.group(1) : m.group(2);
            if (!url.startsWith("data:")) {
                reference(file, "css url", url, false).ifPresent(problems::add);
            }
        }
    }

    private Optional<String> reference(String from, String where, String address, boolean followed) {
        String shown = from + ": " + where + "=\"" + address + "\"";
        if (address.isBlank() || address.equals("#")) {
            return Optional.of(shown + " leads nowhere");
        }
        if (address.startsWith("/")) {
            return Optional.of(shown + " is root-absolute; it breaks under a sub-path and from file://");
        }
        String lower = address.toLowerCase();
        boolean external = lower.startsWith("http://") || lower.startsWith("https://")
                || lower.startsWith("mailto:") || lower.startsWith("tel:");
        if (external) {
            return followed ? Optional.empty() : Optional.of(shown + " loads something from outside the site");
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*")) {
            return Optional.of(shown + " has a scheme that is not allowed");
        }
        URI target;
        try {
            target = new URI(null, null, from, null).resolve(new URI(address));
        } catch (URISyntaxException e) {
            return Optional.of(shown + " is not a valid address: " + e.getMessage());
        }
        String path = target.getPath();
        Path file = site.resolve(path).normalize();
        if (!file.startsWith(site) || !Files.isRegularFile(file)) {
            return Optional.of(shown + " names " + path + ", which is not a file of the site");
        }
        String fragment = target.getFragment();
        if (fragment != null && (!path.endsWith(".html") || document(path).getElementsByAttributeValue("id", fragment).isEmpty())) {
            return Optional.of(shown + " names #" + fragment + ", which " + path + " does not have");
        }
        return Optional.empty();
    }

    /** One h1, first; no level skipped on the way down. */
    public List<String> headings(List<String> pages) {
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            List<Element> headings = document(page).select("h1, h2, h3, h4, h5, h6");
            long h1s = headings.stream().filter(h -> h.tagName().equals("h1")).count();
            if (h1s != 1) {
                problems.add(page + ": " + h1s + " h1 headings, expected 1");
            }
            int previous = 0;
            for (Element h : headings) {
                int level = h.tagName().charAt(1) - '0';
                if (level > previous + 1) {
                    problems.add(page + ": <" + h.tagName() + ">" + h.text() + "</" + h.tagName() + "> follows "
                            + (previous == 0 ? "no heading" : "an h" + previous));
                }
                previous = level;
            }
        }
        return problems;
    }

    /** The first thing a Tab reaches is a link to the main content. */
    public List<String> skipLink(List<String> pages) {
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            Document doc = document(page);
            Element first = doc.selectFirst(FOCUSABLE);
            Element main = doc.selectFirst("main");
            if (main == null || main.id().isEmpty()) {
                problems.add(page + ": no <main> with an id to skip to");
            } else if (first == null || !first.is("a") || !first.attr("href").equals("#" + main.id())) {
                problems.add(page + ": the first focusable element is "
                        + (first == null ? "missing" : first.outerHtml()) + ", not a link to #" + main.id());
            }
        }
        return problems;
    }

    /**
     * Every table sits in a region of its own that can scroll sideways: keyboard-focusable and named, so a
     * wide table never widens the page on a phone.
     */
    public List<String> scrollableTables(List<String> pages) {
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            Document doc = document(page);
            for (Element table : doc.select("table")) {
                Element region = table.parent();
                boolean named = region != null && (!region.attr("aria-label").isBlank()
                        || !doc.getElementsByAttributeValue("id", region.attr("aria-labelledby")).text().isBlank());
                if (region == null || !region.is("[role=region][tabindex=0]") || !named) {
                    problems.add(page + ": a table outside a named, focusable scroll region: "
                            + (region == null ? "" : "<" + region.tagName() + region.attributes() + ">"));
                }
            }
        }
        return problems;
    }

    private Document document(String page) {
        return documents.computeIfAbsent(page, p -> Jsoup.parse(read(p), "", org.jsoup.parser.Parser.htmlParser()));
    }

    private String read(String relative) {
        try {
            return Files.readString(site.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> files(String suffix) {
        try (var all = Files.walk(site)) {
            return all.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .map(f -> site.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
