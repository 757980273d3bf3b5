package lupsite.check;

import java.util.ArrayList;
import java.util.List;

import lupsite.load.SourceFile;
import lupsite.model.Position;
import lupsite.problem.Problems;

/**
 * Splits an indicator's CSV file into positioned cells. Hand-written rather than a CSV library because every
 * cell needs its own line and column for error messages, which the libraries do not report. The separator is
 * read from the header line: a semicolon (what Swedish Excel writes, with decimal comma) when it has one,
 * else a comma. Fields may be quoted with ", a doubled "" inside quotes is a quote; a field never spans lines.
 */
final class IndicatorCsv {

    record Cell(String text, Position position) {
    }

    private IndicatorCsv() {
    }

    /** Non-blank lines as cells; the first is the header. An unclosed quote is reported and ends its line. */
    static List<List<Cell>> rows(SourceFile file, Problems problems) {
        String[] lines = file.text().split("\n", -1);
        char separator = 0;
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (separator == 0) {
                separator = line.indexOf(';') >= 0 ? ';' : ',';
            }
            rows.add(cells(line, separator, file.path(), i + 1, problems));
        }
        return rows;
    }

    /**
     * A field as written before the site's download guarded it against Excel formulas ({@code '=x} is {@code =x}),
     * so the download can be edited and put back.
     */
    private static String unneutralised(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }

    private static List<Cell> cells(String line, char separator, String path, int lineNumber, Problems problems) {
        List<Cell> cells = new ArrayList<>();
        int i = 0;
        while (true) {
            int start = i;
            StringBuilder text = new StringBuilder();
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        problems.error(new Position(path, lineNumber, start + 1), "Citattecknet som börjar här avslutas "
                                + "aldrig. Avsluta värdet med \" eller ta bort citattecknet.");
                        cells.add(new Cell(text.toString().strip(), new Position(path, lineNumber, start + 1)));
                        return cells;
                    }
                    char c = line.charAt(i++);
                    if (c == '"' && i < line.length() && line.charAt(i) == '"') {
                        text.append('"');
                        i++;
                    } else if (c == '"') {
                        break;
                    } else {
                        text.append(c);
                    }
                }
            }
            while (i < line.length() && line.charAt(i) != separator) {
                text.append(line.charAt(i++));
            }
            cells.add(new Cell(unneutralised(text.toString().strip()), new Position(path, lineNumber, start + 1)));
            if (i >= line.length()) {
                return cells;
            }
            i++;
        }
    }
}
