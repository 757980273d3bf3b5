package lupsite.model;

/**
 * Where a value came from: a file relative to the content folder, 1-based line and column. In a spreadsheet
 * ({@code sheet} not null) the line is the row and the column the column, shown the way Excel names a cell:
 * {@code indicators/x.xlsx:Blad1!C4}, the sheet in single quotes when its name has anything but letters, digits
 * and underscores ({@code 'Blad 1'!C4}).
 */
public record Position(String file, int line, int column, String sheet) {

    public Position(String file, int line, int column) {
        this(file, line, column, null);
    }

    public static Position ofFile(String file) {
        return new Position(file, 1, 1);
    }

    public static Position ofCell(String file, String sheet, int row, int column) {
        return new Position(file, row, column, sheet);
    }

    /** "A", "Z", "AA": a 1-based column number as Excel letters. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    @Override
    public String toString() {
        if (sheet == null) {
            return file + ":" + line + ":" + column;
        }
        String name = sheet.matches("[\\p{L}\\p{N}_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
        return file + ":" + name + "!" + columnLetters(column) + line;
    }
}
