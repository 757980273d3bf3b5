package lupsite.model;

import java.util.Comparator;

/**
 * A free Markdown page (budget, project report, about the plan). {@code parent}, when not null, is the id of
 * the page this one is part of: it is listed there, with previous / next links among its siblings, and not in
 * the menu. {@code inMenu} false keeps a top-level page out of the menu too. Every page is on the page index.
 */
public record Page(String id, String title, int order, String summary, boolean inMenu, String parent, Markdown body,
                   Position position) {

    /** The order pages are shown in, in the menu, on the index and among siblings: {@code order}, then title. */
    public static final Comparator<Page> ORDER = Comparator.comparingInt(Page::order).thenComparing(Page::title);

    /** True for a page shown in the menu when there is room: a top-level page that does not say {@code menu: false}. */
    public boolean menuCandidate() {
        return parent == null && inMenu;
    }
}
