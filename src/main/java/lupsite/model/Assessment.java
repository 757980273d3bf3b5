package lupsite.model;

/**
 * The state of one goal or activity at one follow-up. {@code reconstructed} marks a status that the source
 * did not state and an editor inferred from the text; {@code review} one copied from the previous follow-up
 * that nobody has assessed again yet.
 */
public record Assessment(
        String subjectId,
        Status status,
        boolean reconstructed,
        boolean review,
        Markdown text,
        Position position,
        Position statusPosition) {
}
