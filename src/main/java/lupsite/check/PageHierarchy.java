package lupsite.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lupsite.model.Page;
import lupsite.model.Position;
import lupsite.problem.Problems;

/**
 * The pages' {@code parent:}, {@code menu:} and {@code pdf:} lines: every parent exists, no page is its own ancestor,
 * no page lies more than {@link #MAX_LEVELS} levels below a top-level page, and a child page does not ask for the
 * menu. A page with a PDF of its own that is already in a page above it's PDF is warned about (it may be meant: a
 * chapter to hand out alone). Each fault is reported once, where it is written, not again for every page below it.
 */
final class PageHierarchy {

    /** How many levels of child pages a top-level page may have: a report, its chapters, their sections. */
    static final int MAX_LEVELS = 3;

    /** Where a page's {@code parent:}, {@code menu:} and {@code pdf:} values stand; null where the line is not there. */
    record Placement(Position parent, Position menu, Position pdf) {
    }

    /** A page whose chain of parents is broken (a ring, or a missing parent), already reported. */
    private static final int BROKEN = -1;

    private PageHierarchy() {
    }

    static void check(List<Page> pages, Map<String, Placement> placements, References references, Problems problems) {
        Map<String, Page> byId = pages.stream().collect(Collectors.toMap(Page::id, Function.identity(), (a, b) -> a));
        Map<String, Integer> levels = new HashMap<>();
        for (Page page : pages.stream().sorted(Comparator.comparing(Page::id)).toList()) {
            Placement at = placements.get(page.id());
            if (page.parent() != null && page.parent().equals(page.id())) {
                problems.error(at.parent(), "En sida kan inte ha sig själv som parent. Ta bort raden, eller skriv id:t "
                        + "för sidan den hör till.");
                levels.put(page.id(), BROKEN);
            } else if (page.parent() != null && page.inMenu() && at.menu() != null) {
                problems.error(at.menu(), "En sida med parent visas på sin överordnade sida, inte i menyn. Ta bort "
                        + "menu: true eller parent.");
            }
            level(page, byId, levels, placements, references, problems);
        }
        for (Page page : pages.stream().filter(Page::pdf).sorted(Comparator.comparing(Page::id)).toList()) {
            if (levels.getOrDefault(page.id(), BROKEN) == BROKEN) {
                continue;
            }
            for (Page above = byId.get(page.parent()); above != null; above = byId.get(above.parent())) {
                if (above.pdf()) {
                    problems.warning(placements.get(page.id()).pdf(), "Sidan finns redan med i PDF:en för \""
                            + above.title() + "\" (pdf: true i " + above.position().file() + "). Ta bort pdf: true "
                            + "här, om inte den här delen också ska kunna laddas ner som en egen PDF.");
                    break;
                }
            }
        }
    }

    /**
     * Finds the page's level (0 for a top-level page) by walking up its parents: each page's level is
     * remembered, so the whole check is linear in the number of pages however they nest.
     */
    private static void level(Page start, Map<String, Page> byId, Map<String, Integer> levels,
                             Map<String, Placement> placements, References references, Problems problems) {
        Set<String> path = new LinkedHashSet<>();
        Page page = start;
        int base;
        while (true) {
            Integer known = levels.get(page.id());
            if (known != null) {
                base = known;
                break;
            }
            if (!path.add(page.id())) {
                List<String> ring = new ArrayList<>(path);
                ring = ring.subList(ring.indexOf(page.id()), ring.size());
                String first = ring.stream().min(Comparator.naturalOrder()).orElseThrow();
                problems.error(placements.get(first).parent(), "Sidorna " + String.join(" → ", rotate(ring, first))
                        + " → " + first + " har varandra som parent i en ring, så ingen av dem har en plats på "
                        + "webbplatsen. Ta bort parent från en av dem.");
                ring.forEach(id -> levels.put(id, BROKEN));
                base = BROKEN;
                break;
            }
            if (page.parent() == null) {
                levels.put(page.id(), 0);
                path.remove(page.id());
                base = 0;
                break;
            }
            Page parent = byId.get(page.parent());
            if (parent == null) {
                references.require(byId.keySet(), page.parent(), placements.get(page.id()).parent(), "Sidan", "pages/");
                levels.put(page.id(), BROKEN);
                path.remove(page.id());
                base = BROKEN;
                break;
            }
            page = parent;
        }
        // Down the path again, from the page nearest the top: each is one level below the one before.
        List<String> down = new ArrayList<>(path);
        int level = base;
        for (int i = down.size() - 1; i >= 0; i--) {
            String id = down.get(i);
            if (levels.containsKey(id)) {
                continue; // in the ring just reported
            }
            level = level == BROKEN ? BROKEN : level + 1;
            if (level == MAX_LEVELS + 1) {
                problems.error(placements.get(id).parent(), "Sidan ligger " + level + " nivåer under en sida utan "
                        + "parent (" + chain(id, byId) + "); högst " + MAX_LEVELS + " går. Välj en sida högre upp som parent.");
                level = BROKEN;
            }
            levels.put(id, level);
        }
    }

    /** The ring starting at {@code first}. */
    private static List<String> rotate(List<String> ring, String first) {
        int at = ring.indexOf(first);
        List<String> result = new ArrayList<>(ring.subList(at, ring.size()));
        result.addAll(ring.subList(0, at));
        return result;
    }

    /** The page and its parents up to the top: {@code c → b → a}. */
    private static String chain(String id, Map<String, Page> byId) {
        List<String> ids = new ArrayList<>();
        for (Page page = byId.get(id); page != null; page = page.parent() == null ? null : byId.get(page.parent())) {
            ids.add(page.id());
        }
        return String.join(" → ", ids);
    }
}
