package lupsite.model;

/**
 * Markdown source text as the editor wrote it. It stays unparsed in the model, so the model depends on no
 * Markdown library; {@code origin} is where its first line stands, for link checks and error positions.
 */
public record Markdown(String source, Position origin) {

    public boolean isBlank() {
        return source.isBlank();
    }

    /** Where the character at {@code offset} of the source stands in the file: every line shares the origin's column. */
    public Position positionAt(int offset) {
        int end = Math.min(Math.max(offset, 0), source.length());
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(origin.file(), origin.line() + line, origin.column() + end - lineStart);
    }
}
