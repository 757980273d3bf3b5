package lupsite.model;

import java.util.List;

/**
 * A free Markdown page (budget, project report, about the plan). {@code downloads} are files the editor lists
 * for readers to download from it, each published as it is.
 */
public record Page(String id, String title, int order, String summary, Markdown body, List<Download> downloads,
                   Position position) {

    public Page {
        downloads = List.copyOf(downloads);
    }

    /** A file to download: {@code target} as the editor wrote it (relative to the page's file), and its link text. */
    public record Download(String target, String title, Position position) {
    }
}
