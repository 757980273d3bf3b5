package lupsite.load;

/** A content file's text, decoded and with line endings made LF, under its path relative to content/. */
public record SourceFile(String path, String text) {
}
