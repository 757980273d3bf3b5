package lupsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

class IndicatorWorkbookTest {

    private static final String METADATA = IndicatorCsvTest.METADATA.replace("source: Försäkringskassan\n",
            "source: Försäkringskassan\nsheet: Data\n");

    @TempDir
    Path dir;

    /** A workbook with a first sheet of notes and the values on "Data": dates as Excel dates, numbers as numbers. */
    private static byte[] workbook(Object[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Anteckningar").createRow(0).createCell(0).setCellValue("Hämtat från FK");
            Sheet sheet = workbook.createSheet("Data");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (value != null) {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private TestSite site(String metadata, byte[] xlsx) {
        return TestSite.minimal(dir).with("indicators/sjuktal.yaml", metadata).withBytes("indicators/sjuktal.xlsx", xlsx);
    }

    @Test
    void valuesComeFromTheNamedSheet() throws IOException {
        Path out = site(METADATA, workbook(
                new Object[] {"Datum", "Länet", "Riket"},
                new Object[] {LocalDate.of(2014, 12, 31), 12.4, 9.4},
                new Object[] {"2019-09-30", "7,8", 9.5})).build();

        assertThat(TestSite.html(out, "indikator-sjuktal.html").select("table.data tbody tr").eachText())
                .containsExactly("2014-12-31 12,4 9,4 11,4", "2019-09-30 7,8 9,5 11,5");
    }

    @Test
    void mistakesAreLocatedBySheetRowAndColumn() throws IOException {
        assertThat(site(METADATA, workbook(
                new Object[] {"Datum", "Länet", "Riket", "Länet"},
                new Object[] {LocalDate.of(2014, 12, 31), 12.4, "nio"},
                new Object[] {"2019-09-30", 7.8, 9.5})).problems()).containsExactly(
                "content/indicators/sjuktal.xlsx:Data!D1: Kolumnen \"Länet\" är samma serie (lanet) som kolumnen "
                        + "\"Länet\" före den. Varje serie får bara ha en kolumn; ta bort den ena.",
                "content/indicators/sjuktal.xlsx:Data!C2: Värdet \"nio\" är inget tal. Skriv till exempel 7,8, 7.8, "
                        + "1 840 eller ca 1 840; lämna cellen tom om värdet saknas.");
    }

    @Test
    void aSheetThatIsNotThereIsNamedWithTheSheetsThatAre() throws IOException {
        assertThat(site(METADATA.replace("sheet: Data", "sheet: Dta"), workbook(new Object[] {"Datum", "Länet"}))
                .problems()).containsExactly(
                "content/indicators/sjuktal.yaml:4:8: Bladet \"Dta\" finns inte i indicators/sjuktal.xlsx. Menade du "
                        + "\"Data\"? Bladen heter: Anteckningar, Data.");
    }

    @Test
    void aFileThatIsNoWorkbookIsSaid() {
        assertThat(site(METADATA, "Datum;Länet\n2019;1\n".getBytes(StandardCharsets.UTF_8)).problems()).contains(
                "content/indicators/sjuktal.xlsx:1:1: Filen kan inte läsas som en Excel-arbetsbok (.xlsx). Öppna den i "
                        + "Excel och spara den som Excel-arbetsbok (*.xlsx).");
    }
}
