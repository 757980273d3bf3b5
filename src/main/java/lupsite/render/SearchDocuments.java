package lupsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;


import lupsite.render.Views.ActivityView;
import lupsite.render.Views.AreaView;
import lupsite.render.Views.FollowUpView;
import lupsite.render.Views.GoalView;
import lupsite.render.Views.HorizonView;
import lupsite.render.Views.PageView;

/**
 * What search finds, taken from the same views the pages show, so a hit always leads to the text it matched:
 * each goal with its latest comment, each focus area, each activity with its latest note, each follow-up with
 * its summary and every comment and note in it (older notes are found through their follow-up), and each
 * free page ({@code pages}: each page's address and view).
 */
final class SearchDocuments {

    static final int TITLE_LENGTH = 120;

    private SearchDocuments() {
    }

    /**
     * A plan's goals, areas, activities and follow-ups; {@code plan} names the plan in each hit's kind in a site of
     * several plans, and is null in a site of one.
     */
    static List<SearchIndex.Document> plan(SiteUrls urls, String plan, List<GoalView> goals, List<AreaView> areas,
                                           List<FollowUpView> followUps, Messages messages) {
        Function<String, String> kind = label -> plan == null ? label : label + " – " + plan;
        // Each document is made on its own, on every core; a note unchanged since the last follow-up, or shown
        // both with its activity and in its follow-up, is turned into text once.
        Map<String, String> texts = new ConcurrentHashMap<>();
        Function<String, String> text = html -> html.isEmpty() ? "" : texts.computeIfAbsent(html, HtmlText::of);
        List<Supplier<SearchIndex.Document>> documents = new ArrayList<>();
        for (GoalView goal : goals) {
            documents.add(() -> new SearchIndex.Document(kind.apply(messages.t("kind.goal")), goal.text(),
                    urls.goals() + "#mal-" + goal.id(), text.apply(goal.commentHtml())));
        }
        for (AreaView area : areas) {
            documents.add(() -> new SearchIndex.Document(kind.apply(messages.t("kind.area")), area.title(), area.href(),
                    text.apply(area.introHtml())));
        }
        for (AreaView area : areas) {
            for (ActivityView activity : area.activities()) {
                documents.add(() -> {
                    String activityText = text.apply(activity.textHtml());
                    return new SearchIndex.Document(kind.apply(messages.t("kind.activity")),
                            SearchIndex.shorten(activityText, TITLE_LENGTH), area.href() + "#aktivitet-" + activity.id(),
                            activityText + " " + text.apply(activity.noteHtml()));
                });
            }
        }
        for (FollowUpView followUp : followUps) {
            documents.add(() -> {
                Stream<String> comments = followUp.horizons().stream().map(HorizonView::goals).flatMap(List::stream)
                        .map(GoalView::commentHtml);
                Stream<String> notes = followUp.areas().stream().map(AreaView::activities).flatMap(List::stream)
                        .map(ActivityView::noteHtml);
                return new SearchIndex.Document(kind.apply(messages.t("kind.followUp")), followUp.title(), followUp.href(),
                        Stream.of(Stream.of(followUp.summaryHtml()), comments, notes).flatMap(s -> s)
                                .map(text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" ")));
            });
        }
        return documents.parallelStream().map(Supplier::get).toList();
    }

    /** The free pages ({@code pages}: each page's view), each section of a page a document of its own. */
    static List<SearchIndex.Document> pages(List<PageView> pages, Messages messages) {
        return pages.parallelStream().flatMap(p -> sections(p, messages).stream()).toList();
    }

    /**
     * A free page as the text before its first heading (with the page's summary), then each heading's section
     * as a document of its own at the heading's id: a hit in a long report leads to the section it is in, and
     * its summary is that section's start. A search for words of two sections finds neither; a page's words are
     * in the index once, not again as the whole page.
     */
    private static List<SearchIndex.Document> sections(PageView page, Messages messages) {
        String html = page.bodyHtml();
        List<SearchIndex.Document> documents = new ArrayList<>();
        int heading = html.indexOf(MarkdownHtml.HEADING_START);
        documents.add(new SearchIndex.Document(messages.t("kind.page"), page.title(), page.href(),
                (page.summary() == null ? "" : page.summary() + " ")
                        + HtmlText.of(heading < 0 ? html : html.substring(0, heading))));
        String kind = messages.t("kind.section", page.title());
        while (heading >= 0) {
            int idStart = html.indexOf("id=\"", heading) + 4;
            int idEnd = html.indexOf('"', idStart);
            String close = "</h" + html.charAt(heading + MarkdownHtml.HEADING_START.length()) + ">";
            int titleEnd = html.indexOf(close, idEnd);
            int next = html.indexOf(MarkdownHtml.HEADING_START, titleEnd);
            documents.add(new SearchIndex.Document(kind, HtmlText.of(html.substring(idEnd + 2, titleEnd)),
                    page.href() + "#" + html.substring(idStart, idEnd),
                    HtmlText.of(html.substring(html.indexOf("</div>", titleEnd) + 6, next < 0 ? html.length() : next))));
            heading = next;
        }
        return documents;
    }
}
