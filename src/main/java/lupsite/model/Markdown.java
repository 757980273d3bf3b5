package lupsite.model;

/**
 * Markdown source text as the editor wrote it. It stays unparsed in the model, so the model depends on no
 * Markdown library; {@code origin} is where its first line stands, for link checks and error positions.
 */
public record Markdown(String source, Position origin) {

    public boolean isBlank() {
        return source.isBlank();
    }
}
