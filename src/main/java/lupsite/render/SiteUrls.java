package lupsite.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lupsite.load.ContentLoader;
import lupsite.model.Area;
import lupsite.model.Content;
import lupsite.model.PartialDate;
import lupsite.model.Plan;

/**
 * Where each thing lands in the site. Every HTML page sits at the top level, so one relative link works from
 * any page, under any sub-path and from file://; other content files (images, attachments) keep their path
 * under {@code filer/}.
 */
public final class SiteUrls {

    /** The start page: of the one plan of a site, or the portal of a site of several plans. */
    public static final String HOME = "index.html";
    public static final String INDICATORS = "indikatorer.html";
    public static final String SEARCH = "sok.html";
    /** Every free page, for when the menu cannot show them all. */
    public static final String PAGES = "sidor.html";
    public static final String SEARCH_INDEX = "assets/sokindex.js";
    public static final String STATUS_COLOURS = "assets/statusfarger.css";
    public static final String ACCESSIBILITY = "tillganglighet.html";
    public static final String FILES = "filer/";
    private static final String HISTORY = "historik.html";

    /** The plan's id and a dot before each of its pages' names in a site of several plans (no id has a dot). */
    private final String prefix;
    private final String filePrefix;
    /** Every content file that becomes a page, of every plan: a link from one plan to another is checked and made alike. */
    private final Map<String, String> byContentPath;

    private SiteUrls(String prefix, String filePrefix, Map<String, String> byContentPath) {
        this.prefix = prefix;
        this.filePrefix = filePrefix;
        this.byContentPath = byContentPath;
    }

    /** The addresses of each of the site's plans, in the order given, all knowing every page of the site. */
    public static List<SiteUrls> of(List<Content> plans) {
        Map<String, String> byContentPath = new HashMap<>();
        byContentPath.put(ContentLoader.ACCESSIBILITY, ACCESSIBILITY);
        List<SiteUrls> urls = plans.stream().map(content -> {
            Plan plan = content.plan();
            SiteUrls own = new SiteUrls(plan.id().isEmpty() ? "" : plan.id() + ".", plan.vocabulary().filePrefix(),
                    byContentPath);
            byContentPath.put(plan.folder() + ContentLoader.PLAN, own.home());
            byContentPath.put(plan.folder() + ContentLoader.GOALS, own.goals());
            for (Area area : content.areas()) {
                byContentPath.put(area.position().file(), own.area(area.id()));
            }
            content.followUps().forEach(f -> {
                String file = f.position().file();
                String folder = file.substring(0, file.lastIndexOf('/') + 1);
                byContentPath.put(folder + ContentLoader.FOLLOW_UP_FILE, own.followUp(f.date()));
                byContentPath.put(folder + ContentLoader.SUMMARY_FILE, own.followUp(f.date()));
            });
            return own;
        }).toList();
        Content shared = plans.get(0);
        shared.indicators().forEach(i -> {
            byContentPath.put(i.position().file(), indicator(i.id()));
            byContentPath.put(i.valuesFile(), indicator(i.id()));
        });
        shared.pages().forEach(p -> byContentPath.put(p.position().file(), page(p.id())));
        return urls;
    }

    /** The plan's start page: the site's, or in a site of several plans {@code <plan>.html}. */
    public String home() {
        return prefix.isEmpty() ? HOME : prefix + "html";
    }

    public String goals() {
        return prefix + "mal.html";
    }

    public String areas() {
        return prefix + "omraden.html";
    }

    public String followUps() {
        return prefix + "uppfoljningar.html";
    }

    public String history() {
        return prefix + HISTORY;
    }

    /** True for a plan's history page, the longest to render after the search index. */
    public static boolean isHistory(String path) {
        return path.endsWith(HISTORY);
    }

    /** Every adopted version of the plan. */
    public String versions() {
        return prefix + "versioner.html";
    }

    public String area(String id) {
        return prefix + "omrade-" + id + ".html";
    }

    public String followUp(PartialDate date) {
        return prefix + "uppfoljning-" + date + ".html";
    }

    public String changes(PartialDate date) {
        return prefix + "forandringar-" + date + ".html";
    }

    /** An adopted version of the plan, as it was stated. */
    public String version(String id) {
        return prefix + "version-" + id + ".html";
    }

    /** A follow-up's council PDF, named by the plan's file prefix ("lup"). */
    public String pdf(PartialDate date) {
        return pdf(filePrefix, date);
    }

    /** The council PDF of the follow-up {@code date} of the plan whose file prefix is {@code filePrefix}. */
    public static String pdf(String filePrefix, PartialDate date) {
        return "pdf/" + filePrefix + "-uppfoljning-" + date + ".pdf";
    }

    /** The whole plan as open data. */
    public String dataJson() {
        return "data/" + filePrefix + ".json";
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

    /**
     * The PDF of a free page and the pages under it. Pages are the site's, shared by its plans, so the name is the
     * page's own address's ("sida-"), with no plan's file prefix; no follow-up's council PDF can have it.
     */
    public static String pagePdf(String pageId) {
        return "pdf/sida-" + pageId + ".pdf";
    }

    /** The site address of a content file: its page, or its copy under filer/. */
    public String ofContentFile(String contentPath) {
        return Optional.ofNullable(byContentPath.get(contentPath)).orElse(FILES + contentPath);
    }
}
