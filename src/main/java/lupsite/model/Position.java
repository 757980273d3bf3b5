package lupsite.model;

/** Where a value came from: a file relative to the content folder, 1-based line and column. */
public record Position(String file, int line, int column) {

    public static Position ofFile(String file) {
        return new Position(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
