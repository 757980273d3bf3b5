package lupsite.model;

/**
 * The state of one goal or activity at one follow-up. {@code reconstructed} marks a status that the source
 * did not state and an editor inferred from the text.
 */
public record Assessment(
        String subjectId,
        Status status,
        boolean reconstructed,
        Markdown text,
        Position position,
        Position statusPosition) {
}
