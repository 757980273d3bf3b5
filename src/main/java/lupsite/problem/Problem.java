package lupsite.problem;

import lupsite.model.Position;

/** One thing wrong with the content, in a sentence an editor understands, at the place it happened. */
public record Problem(Severity severity, Position position, String message) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(Position position, String message) {
        return new Problem(Severity.ERROR, position, message);
    }

    public static Problem warning(Position position, String message) {
        return new Problem(Severity.WARNING, position, message);
    }

    /** {@code content/plan.yaml:3:7: message}, with "varning: " before a warning's message. */
    public String format(String contentPrefix) {
        String prefix = severity == Severity.WARNING ? "varning: " : "";
        return contentPrefix + position + ": " + prefix + message;
    }
}
