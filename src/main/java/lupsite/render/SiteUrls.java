package lupsite.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import lupsite.load.ContentLoader;
import lupsite.model.Area;
import lupsite.model.Content;
import lupsite.model.PartialDate;

/**
 * Where each thing lands in the site. Every HTML page sits at the top level, so one relative link works from
 * any page, under any sub-path and from file://; other content files (images, attachments) keep their path
 * under {@code filer/}.
 */
public final class SiteUrls {

    public static final String HOME = "index.html";
    public static final String GOALS = "mal.html";
    public static final String AREAS = "omraden.html";
    public static final String FOLLOW_UPS = "uppfoljningar.html";
    public static final String HISTORY = "historik.html";
    public static final String INDICATORS = "indikatorer.html";
    public static final String SEARCH = "sok.html";
    /** Every free page, for when the menu cannot show them all. */
    public static final String PAGES = "sidor.html";
    public static final String SEARCH_INDEX = "assets/sokindex.js";
    public static final String STATUS_COLOURS = "assets/statusfarger.css";
    public static final String ACCESSIBILITY = "tillganglighet.html";
    public static final String FILES = "filer/";
    public static final String VERSIONS = "versioner.html";

    private final Map<String, String> byContentPath = new HashMap<>();

    public SiteUrls(Content content) {
        byContentPath.put(ContentLoader.PLAN, HOME);
        byContentPath.put(ContentLoader.GOALS, GOALS);
        byContentPath.put(ContentLoader.ACCESSIBILITY, ACCESSIBILITY);
        for (Area area : content.areas()) {
            byContentPath.put(area.position().file(), area(area.id()));
        }
        content.followUps().forEach(f -> {
            String folder = ContentLoader.FOLLOW_UPS + "/" + f.date() + "/";
            byContentPath.put(folder + ContentLoader.FOLLOW_UP_FILE, followUp(f.date()));
            byContentPath.put(folder + ContentLoader.SUMMARY_FILE, followUp(f.date()));
        });
        content.indicators().forEach(i -> {
            byContentPath.put(i.position().file(), indicator(i.id()));
            byContentPath.put(i.valuesFile(), indicator(i.id()));
        });
        content.pages().forEach(p -> byContentPath.put(p.position().file(), page(p.id())));
    }

    public static String area(String id) {
        return "omrade-" + id + ".html";
    }

    public static String followUp(PartialDate date) {
        return "uppfoljning-" + date + ".html";
    }

    public static String changes(PartialDate date) {
        return "forandringar-" + date + ".html";
    }

    /** An adopted version of the plan, as it was stated. */
    public static String version(String id) {
        return "version-" + id + ".html";
    }

    public static String indicator(String id) {
        return "indikator-" + id + ".html";
    }

    /** An indicator's values for download (open data). */
    public static String dataCsv(String id) {
        return "data/" + id + ".csv";
    }

    public static String page(String id) {
        return "sida-" + id + ".html";
    }

    /** A follow-up's council PDF; {@code prefix} is the plan's file prefix ("lup"). */
    public static String pdf(String prefix, PartialDate date) {
        return "pdf/" + prefix + "-uppfoljning-" + date + ".pdf";
    }

    /**
     * The PDF of a free page and the pages under it. "sida-" as in the page's own address, so that no page id can
     * give a follow-up's council PDF's name.
     */
    public static String pagePdf(String prefix, String pageId) {
        return "pdf/" + prefix + "-sida-" + pageId + ".pdf";
    }

    /** The whole plan as open data. */
    public static String dataJson(String prefix) {
        return "data/" + prefix + ".json";
    }

    /** The site address of a content file: its page, or its copy under filer/. */
    public String ofContentFile(String contentPath) {
        return Optional.ofNullable(byContentPath.get(contentPath)).orElse(FILES + contentPath);
    }
}
