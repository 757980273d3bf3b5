package lupsite.load;

/** A content file that is not text (an Excel workbook), under its path relative to content/. */
public record BinaryFile(String path, byte[] bytes) {
}
