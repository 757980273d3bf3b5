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

    public record StatusView(String id, String label, String symbol, String color, boolean reconstructed) {
    }

    public record StatusCount(StatusView status, int count) {
    }

    /** What every page shows: the plan's name, the menu, the legend. */
    public record SiteView(
            String title,
            String region,
            String owner,
            String adopted,
            List<Link> nav,
            List<Link> pages,
            List<StatusView> goalStatuses,
            List<StatusView> activityStatuses,
            Link latestFollowUp,
            Link latestPdf) {
    }

    public record TargetView(
            String requirement,
            String baseline,
            String latest,
            String change,
            boolean met,
            StatusView proposedStatus,
            Link indicator) {
    }

    public record GoalView(
            String id,
            String text,
            int horizon,
            StatusView status,
            String commentHtml,
            TargetView target,
            Link area) {
    }

    public record HorizonView(int years, String heading, String lead, List<GoalView> goals) {
    }

    public record ActivityView(String id, String textHtml, StatusView status, String noteHtml) {
    }

    public record AreaView(
            String id,
            String title,
            String href,
            String introHtml,
            List<ActivityView> activities,
            List<Link> goals,
            List<StatusCount> counts) {
    }

    public record FollowUpView(
            String date,
            String title,
            String href,
            String pdfHref,
            String changesHref,
            String decision,
            String goalsCaption,
            String summaryHtml,
            String statusNoteHtml,
            List<HorizonView> horizons,
            List<AreaView> areas,
            List<StatusCount> goalCounts,
            List<StatusCount> activityCounts,
            List<Link> pages,
            Link previous,
            Link next) {
    }

    public record PageView(String title, String summary, String bodyHtml) {
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

    public record ChangesView(String title, String date, String href, Link followUp, Link previous, List<ChangeView> changes) {
    }

    public record IndicatorRow(String date, List<String> values) {
    }

    /** An indicator's data as a table: one column per series, one row per date, Swedish numbers. */
    public record IndicatorView(
            String id,
            String title,
            String unit,
            String source,
            String descriptionHtml,
            String href,
            List<String> seriesLabels,
            List<IndicatorRow> rows) {
    }
}
