package lupsite.load;

import java.util.Optional;

import lupsite.model.Position;

/**
 * A file's {@code # yaml-language-server: $schema=...} comment: the schema an editor's YAML plugin takes the
 * file's rules from. {@code position} is where the reference starts, {@code reference} the text after the
 * equals sign.
 */
public record SchemaComment(Position position, String reference) {

    private static final String MARK = "yaml-language-server";
    private static final String SCHEMA = "$schema=";

    /** The first such comment in the file, as the plugin finds it: a line starting with # (after blanks). */
    static Optional<SchemaComment> find(SourceFile source) {
        String text = source.text();
        for (int at = text.indexOf(MARK); at >= 0; at = text.indexOf(MARK, at + 1)) {
            int lineStart = text.lastIndexOf('\n', at) + 1;
            int lineEnd = text.indexOf('\n', at);
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
            String beforeMark = line.substring(0, at - lineStart).strip();
            int schema = line.indexOf(SCHEMA, at - lineStart);
            if (!beforeMark.equals("#") || schema < 0) {
                continue;
            }
            int start = schema + SCHEMA.length();
            int end = start;
            while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                end++;
            }
            if (end > start) {
                int lineNumber = (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count() + 1;
                return Optional.of(new SchemaComment(new Position(source.path(), lineNumber, start + 1),
                        line.substring(start, end)));
            }
        }
        return Optional.empty();
    }
}
