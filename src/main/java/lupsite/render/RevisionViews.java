package lupsite.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import lupsite.derive.Derived;
import lupsite.derive.PlanChange;
import lupsite.derive.Snapshot;
import lupsite.model.Activity;
import lupsite.model.Area;
import lupsite.model.Content;
import lupsite.model.Earlier;
import lupsite.model.Goal;
import lupsite.model.Lifecycle;
import lupsite.model.Plan;
import lupsite.model.PlanVersion;
import lupsite.render.Views.Link;
import lupsite.render.Views.PlanChangeView;
import lupsite.render.Views.RevisionView;
import lupsite.render.Views.VersionView;

/**
 * The plan across its versions as views: what each revision changed, the plan as each version stated it, and
 * each goal's, area's and activity's lineage (when it came in, how it read before, when and why it ended).
 */
final class RevisionViews {

    private final ViewFactory now;
    private final Derived derived;
    private final Content all;
    private final Plan plan;
    private final MarkdownHtml markdown;
    private final SiteUrls urls;
    private final Messages messages;

    RevisionViews(ViewFactory now, Derived derived, MarkdownHtml markdown, Messages messages) {
        this.now = now;
        this.derived = derived;
        this.all = derived.content();
        this.plan = all.plan();
        this.markdown = markdown;
        this.urls = markdown.urls();
        this.messages = messages;
    }

    /** What changed from {@code from} to {@code to}; null when they are the same version. */
    RevisionView revision(PlanVersion from, PlanVersion to) {
        if (from.id().equals(to.id())) {
            return null;
        }
        PlanChange.Revision revision = PlanChange.between(all, from, to);
        List<PlanChangeView> changes = new ArrayList<>();
        revision.goals().forEach(c -> changes.add(change("kind.goal", c, g -> Markup.escape(g.text()))));
        revision.areas().forEach(c -> changes.add(change("kind.area", c, a -> Markup.escape(a.title()))));
        revision.activities().forEach(c -> changes.add(change("kind.activity", c, a -> markdown.html(a.text()))));
        return new RevisionView(messages.t("revision.heading", to.id()), now.adopted(to), markdown.html(to.changes()),
                new Link(urls.version(to.id()), messages.t("revision.version", to.id())), changes);
    }

    private <T> PlanChangeView change(String kind, PlanChange<T> change, Function<T, String> html) {
        String ending = switch (change.kind()) {
            case ENDED -> change.ending().map(this::ending).orElse("");
            case MOVED -> messages.t("revision.movedTo") + " " + link(areaLink(((Activity) change.after().orElseThrow()).areaId()));
            default -> "";
        };
        return new PlanChangeView(messages.t(kind), switch (change.kind()) {
            case INTRODUCED -> messages.t("revision.introduced");
            case ENDED -> messages.t("revision.ended");
            case REWORDED -> messages.t("revision.reworded");
            case MOVED -> messages.t("revision.moved");
        }, change.before().map(html).orElse(""), change.after().map(html).orElse(""), ending);
    }

    /** "Skäl: ... Ersatt av: <a>...</a>." */
    private String ending(Lifecycle.Ending ending) {
        StringBuilder html = new StringBuilder(Markup.escape(messages.t("revision.reason", ending.reason())));
        if (ending.succession() != Lifecycle.Succession.NONE) {
            html.append(' ').append(switch (ending.succession()) {
                case REPLACED_BY -> messages.t("revision.replacedBy");
                case MERGED_INTO -> messages.t("revision.mergedInto");
                default -> messages.t("revision.splitInto");
            }).append(' ').append(String.join(", ", ending.successors().stream().map(id -> link(successor(id))).toList()));
        }
        return html.toString();
    }

    /** A successor is of its predecessor's kind; an id is unique within its kind, so the first kind that has it. */
    private Link successor(String id) {
        Optional<Goal> goal = all.goal(id);
        if (goal.isPresent()) {
            return new Link(urls.goals() + "#mal-" + id, goal.get().text());
        }
        if (all.area(id).isPresent()) {
            return areaLink(id);
        }
        return all.activities().filter(a -> a.id().equals(id)).findFirst()
                .map(a -> new Link(urls.area(a.areaId()) + "#aktivitet-" + id, DataViews.label(a)))
                .orElse(new Link(urls.home(), id));
    }

    private Link areaLink(String areaId) {
        return new Link(urls.area(areaId), all.area(areaId).map(Area::title).orElse(areaId));
    }

    private static String link(Link link) {
        return "<a href=\"" + Markup.escape(link.href()) + "\">" + Markup.escape(link.label()) + "</a>";
    }

    // ---- lineage

    List<String> lineage(Goal goal) {
        return lineage(goal.lifecycle(), goal.earlier(), g -> Markup.escape(g.text()));
    }

    List<String> lineage(Area area) {
        return lineage(area.lifecycle(), area.earlier(), a -> Markup.escape(a.title()));
    }

    List<String> lineage(Activity activity) {
        return lineage(activity.lifecycle(), activity.earlier(), a -> markdown.html(a.text()));
    }

    /** When it came in, each earlier wording, when and why it ended; nothing for a plan that was never revised. */
    private <T> List<String> lineage(Lifecycle lifecycle, List<Earlier<T>> earlier, Function<T, String> html) {
        if (!plan.isRevised()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        if (!lifecycle.since().equals(plan.firstVersion().id())) {
            lines.add(Markup.escape(messages.t("revision.introducedIn", lifecycle.since())));
        }
        earlier.stream().sorted(Comparator.comparingInt(e -> plan.version(e.until()).map(PlanVersion::index).orElse(0)))
                .forEach(e -> lines.add(Markup.escape(messages.t("revision.wordingUntil", e.until())) + " "
                        + html.apply(e.value())));
        lifecycle.ended().ifPresent(e -> lines.add(Markup.escape(messages.t("revision.endedIn", e.version())) + " "
                + ending(e)));
        return lines;
    }

    // ---- the versions

    /** Every version of the plan, oldest first, each with what it changed and its goals and areas. */
    List<VersionView> versions() {
        List<VersionView> versions = new ArrayList<>();
        for (PlanVersion version : plan.versions()) {
            Snapshot then = new Snapshot(all.at(version), derived.current().targetsByGoal(), derived.current().figures());
            ViewFactory views = new ViewFactory(then, derived, markdown.at(then), messages);
            boolean current = version.equals(plan.currentVersion());
            versions.add(new VersionView(version.id(), messages.t("revision.version", version.id()),
                    urls.version(version.id()), now.adopted(version), current,
                    version.index() == 0 ? null : revision(plan.versions().get(version.index() - 1), version),
                    views.horizons(Optional.empty()), views.areas(Optional.empty())));
        }
        return versions;
    }
}
