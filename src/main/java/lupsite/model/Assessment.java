package lupsite.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of one goal or activity at one follow-up. {@code reconstructed} marks a status that the source
 * did not state and an editor inferred from the text; {@code review} one copied from the previous follow-up
 * that nobody has assessed again yet. {@code status} is empty when the follow-up gives none ("Ingen uppgift"): a
 * comment may still say why; {@code statusPosition} is then the subject's own key.
 */
public record Assessment(
        String subjectId,
        Optional<Status> status,
        boolean reconstructed,
        boolean review,
        Markdown text,
        Position position,
        Position statusPosition) {

    /** The assessments by subject id, so a whole follow-up is looked up in linear, not quadratic, time. */
    public static Map<String, Assessment> bySubject(List<Assessment> assessments) {
        Map<String, Assessment> map = new HashMap<>();
        assessments.forEach(a -> map.putIfAbsent(a.subjectId(), a));
        return map;
    }
}
