package lupsite.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import lupsite.model.ContentPaths;

/**
 * Makes the links of a print document work inside its PDF, which lives in {@code pdf/} beside the site. The
 * print template marks where a site page's content stands in the document ({@code data-site-page="omrade-x.html"}
 * on an element with an id): a link to such a page becomes a link inside the PDF, to the section its #fragment
 * names where the PDF has it, else to the page's place. Every other link into the site is made relative to
 * {@code pdf/} ({@code ../sida-x.html}), so it opens the site page beside the PDF, on the intranet as from a copy
 * of the whole site; or, when the content gives the site's baseUrl, absolute from it, so it works in a PDF mailed
 * on its own too. The ids of Markdown headings inside a marked element get its id before them, so texts of
 * several pages (the summary, indicators' descriptions, attached pages) never share one; links within the text
 * follow. The headings' "#" links are for readers of the site and are taken out.
 */
final class PrintLinks {

    static final String SITE_PAGE = "data-site-page";

    private PrintLinks() {
    }

    /** {@code siteRoot}: what a link into the site starts with, {@code ../} or the site's baseUrl (ending in /). */
    static void resolve(Document document, String siteRoot) {
        document.select(".heading > a.anchor").remove();
        Map<String, List<Element>> pages = new LinkedHashMap<>();
        for (Element place : document.select("[" + SITE_PAGE + "]")) {
            pages.computeIfAbsent(place.attr(SITE_PAGE), p -> new ArrayList<>()).add(place);
            prefixHeadingIds(place);
        }
        Set<String> ids = document.select("[id]").stream().map(Element::id).collect(Collectors.toSet());
        for (Element link : document.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("#") || ContentPaths.isExternal(href) || ContentPaths.hasOtherScheme(href)) {
                continue;
            }
            List<Element> places = pages.get(ContentPaths.withoutFragment(href));
            if (places == null) {
                link.attr("href", siteRoot + href);
                continue;
            }
            String fragment = ContentPaths.fragment(href);
            String id = places.get(0).id();
            if (!fragment.isEmpty()) {
                String name = fragment.substring(1);
                id = places.stream().map(p -> p.id() + "-" + name).filter(ids::contains).findFirst()
                        .orElse(ids.contains(name) ? name : id);
            }
            link.attr("href", "#" + id);
        }
    }

    private static void prefixHeadingIds(Element place) {
        Map<String, String> renamed = new HashMap<>();
        for (Element heading : place.select(".heading > [id]")) {
            String id = place.id() + "-" + heading.id();
            renamed.put(heading.id(), id);
            heading.id(id);
        }
        for (Element link : place.select("a[href^=#]")) {
            String id = renamed.get(link.attr("href").substring(1));
            if (id != null) {
                link.attr("href", "#" + id);
            }
        }
    }
}
