package lupsite.model;

import java.util.Comparator;
import java.util.List;

/**
 * A free Markdown page (budget, project report, about the plan). {@code parent}, when not null, is the id of
 * the page this one is part of: it is listed there, with previous / next links among its siblings, and not in
 * the menu. {@code inMenu} false keeps a top-level page out of the menu too. Every page is on the page index.
 * {@code downloads} are files the editor lists for readers to download from it, each published as it is.
 * {@code pdf} true gives the page, with the pages under it, a PDF of its own; {@code date} (null when not given) is
 * the date the page's text carries, shown on that PDF's cover.
 */
public record Page(String id, String title, int order, String summary, boolean inMenu, String parent, Markdown body,
                   List<Download> downloads, boolean pdf, PartialDate date, Position position) {

    /** The order pages are shown in, in the menu, on the index and among siblings: {@code order}, then title. */
    public static final Comparator<Page> ORDER = Comparator.comparingInt(Page::order).thenComparing(Page::title);

    public Page {
        downloads = List.copyOf(downloads);
    }

    /** True for a page shown in the menu when there is room: a top-level page that does not say {@code menu: false}. */
    public boolean menuCandidate() {
        return parent == null && inMenu;
    }

    /** A file to download: {@code target} as the editor wrote it (relative to the page's file), and its link text. */
    public record Download(String target, String title, Position position) {
    }
}
