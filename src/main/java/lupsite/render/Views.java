package lupsite.render;

import java.util.List;

/**
 * The immutable values templates see: already formatted (Swedish numbers and dates), already linked
 * (relative addresses), Markdown already turned into escaped HTML. A field is null where there is nothing
 * to show. Templates never reach the model or any service.
 */
public final class Views {

    private Views() {
    }

    public record Link(String href, String label) {
    }

    /** {@code review}: copied from the previous follow-up and not yet assessed again. */
    public record StatusView(String id, String label, String symbol, String color, boolean reconstructed,
                             boolean review) {
    }

    public record StatusCount(StatusView status, int count) {
    }

    /** What every page shows: the plan's name, the menu, the legend; {@code versions} only when it was revised. */
    public record SiteView(
            String title,
            String publisher,
            String owner,
            String adopted,
            List<Link> nav,
            List<Link> pages,
            Link pageIndex,
            List<StatusView> goalStatuses,
            List<StatusView> activityStatuses,
            Link latestFollowUp,
            Link latestPdf,
            Link versions,
            String dataHref,
            String generator,
            String homeHref,
            PlanHrefs plan) {
    }

    /**
     * A plan on the start page of a site of several plans: its name, start page, publishers and latest follow-up,
     * and what that is called in the plan's own words ({@code latestLabel}, {@code noneLabel}).
     */
    public record PortalEntry(String title, String href, String publisher, FollowUpView latest, String latestLabel,
                              String noneLabel) {
    }

    /** Where a plan's own pages are; null on the shared pages of a site of several plans. */
    public record PlanHrefs(String goals, String areas, String followUps, String history, String versions) {
    }

    /**
     * A measurable goal's result: {@code baseline} and {@code change} null for a level without a baseline;
     * {@code pending} while its {@code due} date lies ahead, with Open SDG's {@code verdict} when one can be made;
     * {@code because} the sentence with the numbers behind the result, null where the lines above already say it
     * (an absolute change that is due).
     */
    public record TargetView(
            String requirement,
            String baseline,
            String latest,
            String change,
            boolean met,
            boolean pending,
            String due,
            String verdict,
            String because,
            StatusView proposedStatus,
            Link indicator) {
    }

    /** {@code due}: "Senast 2022-12-31", null when the goal has no deadline. */
    public record GoalView(
            String id,
            String text,
            int horizon,
            String due,
            StatusView status,
            String commentHtml,
            TargetView target,
            Link area) {
    }

    public record HorizonView(int years, String heading, String lead, List<GoalView> goals) {
    }

    /**
     * {@code label} is the activity's first line, for the lists by status and responsible (null where the area
     * has none); {@code responsible}, {@code start}, {@code due} null
     * when the plan gives none; {@code overdue}: past its due date and not done ("försenad").
     */
    public record ActivityView(String id, String label, String textHtml, StatusView status, String noteHtml,
                               String responsible, String start, String due, boolean overdue) {
    }

    /** Activities of one status ({@code responsible} null) or of one responsible. */
    public record ActivityGroup(StatusView status, String responsible, List<ActivityView> activities) {
    }

    /**
     * {@code byStatus} and {@code byResponsible} read the area's activities grouped; both empty unless an activity
     * names who is responsible (without that, the counts already say how many have each status).
     */
    public record AreaView(
            String id,
            String title,
            String href,
            String introHtml,
            List<ActivityView> activities,
            List<Link> goals,
            List<StatusCount> counts,
            List<ActivityGroup> byStatus,
            List<ActivityGroup> byResponsible) {
    }

    public record FollowUpView(
            String date,
            String title,
            String planTitle,
            String planAdopted,
            String href,
            String pdfHref,
            String changesHref,
            String decision,
            String decided,
            List<CorrectionView> corrections,
            String goalsCaption,
            String summaryHtml,
            String statusNoteHtml,
            List<HorizonView> horizons,
            List<AreaView> areas,
            List<StatusCount> goalCounts,
            List<StatusCount> activityCounts,
            int unreviewed,
            List<Link> pages,
            Link previous,
            Link next) {
    }

    /** A correction of a decided follow-up: when, and what was corrected. */
    public record CorrectionView(String date, String text) {
    }

    /**
     * A free page. {@code up} is the page it is part of (null for a top-level page), {@code children} the pages
     * that are part of it, {@code previous} and {@code next} its neighbours among its parent's children.
     */
    /**
     * {@code contents}: the page's own sections, when it has enough to need a table of contents. {@code pdf}: the PDF
     * of the document the page is in (its own, or that of the nearest page above it with one); null when there is none.
     */
    public record PageView(String href, String title, String summary, String bodyHtml, List<Section> contents, Link up,
                           List<PageEntry> children, Link previous, Link next, List<DownloadView> downloads, Link pdf) {

        public PageView {
            downloads = List.copyOf(downloads);
        }
    }

    /**
     * A page and the pages under it as a PDF of their own: the cover's title, subtitle (the page's summary) and date
     * (null when the page gives none), then every page in reading order.
     */
    public record DocumentView(String title, String subtitle, String date, DocumentPart part) {
    }

    /**
     * One page of a document's PDF ({@code id} the page's), with its h2 sections for the table of contents and the
     * pages under it, in order.
     */
    public record DocumentPart(String id, PageView page, List<Link> sections, List<DocumentPart> parts) {
    }

    /** A section of a page (h2) with the sections under it (h3), for its table of contents; the first may be an h3. */
    public record Section(Link link, List<Section> sections) {
    }

    /** A page in a list of pages (the page index, a parent page's children), with the pages under it. */
    public record PageEntry(Link link, String summary, List<PageEntry> children) {
    }

    /** A file to download from a page: {@code type} such as "PDF", {@code size} such as "120 kB". */
    public record DownloadView(String href, String title, String type, String size) {
    }

    public record ChangeView(
            String kind,
            String subjectHtml,
            String href,
            StatusView before,
            StatusView after,
            boolean statusChanged,
            boolean textChanged,
            String beforeTextHtml,
            String afterTextHtml) {
    }

    /** {@code revision} is null unless the plan was revised between the previous follow-up and this one. */
    public record ChangesView(String title, String date, String href, Link followUp, Link previous,
                              List<ChangeView> changes, int unreviewed, RevisionView revision) {
    }

    /** A revision of the plan: when and by whom, what the editor says it changed, and item by item. */
    public record RevisionView(String heading, String adopted, String changesHtml, Link version,
                               List<PlanChangeView> changes) {
    }

    /**
     * One item a revision changed: {@code change} says how (new, ended, new wording, moved); the item before and
     * after as HTML (empty where it did not exist); {@code endingHtml} why it ended and what took its place.
     */
    public record PlanChangeView(String subject, String change, String beforeHtml, String afterHtml,
                                 String endingHtml) {
    }

    /** One version of the plan as adopted: what it changed from the one before, and its goals and areas. */
    public record VersionView(String id, String heading, String href, String adopted, boolean current,
                              RevisionView revision, List<HorizonView> horizons, List<AreaView> areas) {
    }

    /**
     * An indicator's page: the chart as an SVG string ({@code printChartSvg}: the same chart with the
     * alternative text a PDF figure needs, for the print document), the
     * values as a table (one row per date or category, formatted; "–" where a series has no value; a long series
     * only its latest rows, and {@code tableNote} says so), downloads, and the goals measured on it.
     * {@code source} includes the day the values were retrieved, when known.
     */
    public record IndicatorView(
            String id,
            String title,
            String href,
            String unit,
            String source,
            String descriptionHtml,
            String chartKind,
            String chartSvg,
            String printChartSvg,
            String csvHref,
            List<String> columns,
            List<TableRow> rows,
            String tableNote,
            List<IndicatorGoalView> goals) {
    }

    public record TableRow(String date, List<String> cells) {
    }

    public record IndicatorGoalView(Link goal, String requirement, boolean met) {
    }

    /** Every goal and activity down, every follow-up across: status and text at each. */
    public record HistoryView(List<Link> followUps, List<HistoryGroup> groups) {
    }

    public record HistoryGroup(String id, String heading, List<String> lineageHtml, List<HistoryRow> rows) {
    }

    /** {@code anchor} is the row's details section; {@code label} a short plain name, {@code textHtml} the full text. */
    public record HistoryRow(String anchor, String kind, String label, String textHtml, Link current,
                             List<String> lineageHtml, List<HistoryCell> cells) {
    }

    /**
     * {@code status} is null where the follow-up says nothing of the goal or activity; {@code inPlan} is false where
     * it was not part of the version of the plan the follow-up reports on.
     */
    public record HistoryCell(Link followUp, StatusView status, String textHtml, boolean inPlan) {
    }

    /** The accessibility statement; a null field was left unfilled, {@code lastTest} is null until a run is recorded. */
    public record AccessibilityView(String compliance, boolean thirdPartyAssessment, String gapsHtml, String email,
                                    String phone, String supervisionUrl, String prepared, String reviewed,
                                    TestRunView lastTest) {
    }

    public record TestRunView(String date, int pages, List<Integer> widths, String chromium, String axeCore,
                              String nuHtmlChecker, int axeViolations, int nuErrors, int testsPassed) {
    }
}
