package lupsite.model;

/** An activity decided in the plan, belonging to one focus area. */
public record Activity(String id, String areaId, Markdown text, Position position) {
}
