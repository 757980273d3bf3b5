package lupsite.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import lupsite.load.BinaryFile;
import lupsite.model.Position;
import lupsite.problem.Problems;
import lupsite.problem.Suggestions;

/**
 * Reads one worksheet of an indicator's Excel workbook ({@code indicators/<id>.xlsx}) into the same positioned
 * cells as a CSV file, so the rows are checked alike; each cell's position is its sheet, row and column
 * ({@code Blad1!C4}). Numbers become their plain decimal text, cells formatted as dates their ISO day, formulas
 * their last computed value (what Excel shows).
 */
final class IndicatorWorkbook {

    private IndicatorWorkbook() {
    }

    /**
     * The non-blank rows of {@code sheetName} (the first sheet when none is named), trailing blank cells dropped.
     * A file that is no workbook, or a sheet that is not in it, is reported and gives nothing.
     */
    static Optional<List<List<IndicatorCsv.Cell>>> rows(BinaryFile file, Optional<String> sheetName, Position sheetPosition,
                                              Problems problems) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.bytes()))) {
            List<String> names = IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
            Sheet sheet = sheetName.isPresent() ? workbook.getSheet(sheetName.get())
                    : names.isEmpty() ? null : workbook.getSheetAt(0);
            if (sheet == null) {
                problems.error(sheetName.isPresent() ? sheetPosition : Position.ofFile(file.path()), "Bladet \""
                        + sheetName.orElse("") + "\" finns inte i " + file.path() + "." + Suggestions.closest(
                                sheetName.orElse(""), names).map(s -> " Menade du \"" + s + "\"?").orElse("")
                        + " Bladen heter: " + String.join(", ", names) + ".");
                return Optional.empty();
            }
            return Optional.of(rows(sheet, file.path()));
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is no OOXML workbook (an old .xls, a renamed CSV, a damaged zip) as any of
            // several runtime exceptions; to the editor each is the same mistake.
            problems.error(Position.ofFile(file.path()), "Filen kan inte läsas som en Excel-arbetsbok (.xlsx). Öppna "
                    + "den i Excel och spara den som Excel-arbetsbok (*.xlsx).");
            return Optional.empty();
        }
    }

    private static List<List<IndicatorCsv.Cell>> rows(Sheet sheet, String path) {
        List<List<IndicatorCsv.Cell>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<IndicatorCsv.Cell> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(new IndicatorCsv.Cell(text(row.getCell(c)),
                        Position.ofCell(path, sheet.getSheetName(), row.getRowNum() + 1, c + 1)));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
