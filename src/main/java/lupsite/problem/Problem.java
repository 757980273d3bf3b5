package lupsite.problem;

import lupsite.model.Position;

/**
 * One thing wrong with the content, in a sentence an editor understands, at the place it happened. Control
 * characters in it (from a key, a value or a file name) are shown escaped (ESC as a backslash, u, 001B), so that no
 * message moves the cursor, changes colours or hides text in a terminal, a log or a CI annotation.
 */
public record Problem(Severity severity, Position position, String message) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        message = visible(message);
        String file = visible(position.file());
        String sheet = position.sheet() == null ? null : visible(position.sheet());
        if (!file.equals(position.file()) || sheet != null && !sheet.equals(position.sheet())) {
            position = new Position(file, position.line(), position.column(), sheet);
        }
    }

    /**
     * {@code text} with each control character (C0, DEL, C1), line or paragraph separator and bidirectional
     * override written as a Java escape ({@code \n}, {@code \t}, {@code \r}, else a backslash, u and four hex
     * digits); the same string when it has none.
     */
    public static String visible(String text) {
        StringBuilder shown = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!hidden(c)) {
                if (shown != null) {
                    shown.append(c);
                }
                continue;
            }
            if (shown == null) {
                shown = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            shown.append(switch (c) {
                case '\n' -> "\\n";
                case '\t' -> "\\t";
                case '\r' -> "\\r";
                default -> String.format("\\u%04X", (int) c);
            });
        }
        return shown == null ? text : shown.toString();
    }

    private static boolean hidden(char c) {
        return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

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
