package lupsite.model;

/** A free Markdown page (budget, project report, about the plan). */
public record Page(String id, String title, int order, String summary, Markdown body, Position position) {
}
