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

    static List<SearchIndex.Document> of(List<GoalView> goals, List<AreaView> areas, List<FollowUpView> followUps,
                                         Map<String, PageView> pages, Messages messages) {
        // Each document is made on its own, on every core; a note unchanged since the last follow-up, or shown
        // both with its activity and in its follow-up, is turned into text once.
        Map<String, String> texts = new ConcurrentHashMap<>();
        Function<String, String> text = html -> html.isEmpty() ? "" : texts.computeIfAbsent(html, HtmlText::of);
        List<Supplier<SearchIndex.Document>> documents = new ArrayList<>();
        for (GoalView goal : goals) {
            documents.add(() -> new SearchIndex.Document(messages.t("kind.goal"), goal.text(),
                    SiteUrls.GOALS + "#mal-" + goal.id(), text.apply(goal.commentHtml())));
        }
        for (AreaView area : areas) {
            documents.add(() -> new SearchIndex.Document(messages.t("kind.area"), area.title(), area.href(),
                    text.apply(area.introHtml())));
        }
        for (AreaView area : areas) {
            for (ActivityView activity : area.activities()) {
                documents.add(() -> {
                    String activityText = text.apply(activity.textHtml());
                    return new SearchIndex.Document(messages.t("kind.activity"),
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
                return new SearchIndex.Document(messages.t("kind.followUp"), followUp.title(), followUp.href(),
                        Stream.of(Stream.of(followUp.summaryHtml()), comments, notes).flatMap(s -> s)
                                .map(text).filter(t -> !t.isEmpty()).collect(Collectors.joining(" ")));
            });
        }
        for (Map.Entry<String, PageView> entry : pages.entrySet()) {
            PageView page = entry.getValue();
            documents.add(() -> new SearchIndex.Document(messages.t("kind.page"), page.title(), entry.getKey(),
                    (page.summary() == null ? "" : page.summary() + " ") + text.apply(page.bodyHtml())));
        }
        return documents.parallelStream().map(Supplier::get).toList();
    }
}
