package lupsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

class IndicatorCsvTest {

    static final String METADATA = """
            title: Sjuktal
            unit: dagar
            source: Försäkringskassan
            series:
              - id: lanet
                label: Länet
              - id: riket
                label: Riket
            """;

    @TempDir
    Path dir;

    private TestSite site(String csv) {
        return TestSite.minimal(dir).with("indicators/sjuktal.yaml", METADATA).with("indicators/sjuktal.csv", csv);
    }

    @Test
    void semicolonsAndDecimalCommaAsSwedishExcelSavesThem() {
        Path out = site("\uFEFFDatum;Länet;Riket\r\n2014-12-31;12,4;9,4\r\n2019-09-30;7,8;9,5\r\n").build();

        Document page = TestSite.html(out, "indikator-sjuktal.html");
        assertThat(page.select("table.data tbody tr").eachText())
                .containsExactly("2014-12-31 12,4 9,4 11,4", "2019-09-30 7,8 9,5 11,5");
        assertThat(TestSite.html(out, "mal.html").select("#mal-lagre-sjuktal .target").text())
                .contains("Minskning 4,7 dagar: målet är uppnått");
    }

    @Test
    void commasWithDecimalPointSeriesIdsAndEmptyCells() {
        Path out = site("date,lanet,riket\n2014-12-31,12.4,9.4\n2017-12-31,,9.0\n2019-09-30,\"7.8\",9.5\n").build();

        assertThat(TestSite.html(out, "indikator-sjuktal.html").select("table.data tbody tr").eachText())
                .containsExactly("2014-12-31 12,4 9,4 11,4", "2017-12-31 – 9,0 11,0", "2019-09-30 7,8 9,5 11,5");
    }

    @Test
    void everyMistakeIsReportedAtItsCell() {
        assertThat(site("""
                Datum;Länet;Rike
                2014-12-31;12,4;9,4
                2015-02-30;1 2,0;9,4
                2019-09-30;7,8;9;5
                2014-12-31;12,4;9,4
                """).problems()).containsExactly(
                "content/indicators/sjuktal.csv:1:13: Kolumnen \"Rike\" är ingen serie i indicators/sjuktal.yaml. "
                        + "Skriv seriens id eller namn: lanet (Länet), riket (Riket).",
                "content/indicators/sjuktal.csv:3:1: Datumet 2015-02-30 finns inte. Skriv ett riktigt datum som "
                        + "ÅÅÅÅ-MM-DD, till exempel 2019-11-18.",
                "content/indicators/sjuktal.csv:3:12: Värdet \"1 2,0\" är inget tal. Skriv till exempel 7,8, 7.8, "
                        + "1 840 eller ca 1 840; lämna cellen tom om värdet saknas.",
                "content/indicators/sjuktal.csv:4:18: Raden har 4 värden men rubrikraden har 3 kolumner. Skriver du "
                        + "decimalkomma, avgränsa kolumnerna med semikolon (;).",
                "content/indicators/sjuktal.csv:5:1: Datumet 2014-12-31 finns redan på rad 2. Samla alla värden för "
                        + "ett datum på en rad.");
    }

    @Test
    void aSeriesNamedTwiceIsAnErrorAtTheSecondHeaderCell() {
        assertThat(site("Datum;Länet;riket;lanet\n2014-12-31;12,4;9,4;12,5\n").problems()).containsExactly(
                "content/indicators/sjuktal.csv:1:19: Kolumnen \"lanet\" är samma serie (lanet) som kolumnen \"Länet\" "
                        + "före den. Varje serie får bara ha en kolumn; ta bort den ena.");
        assertThat(site("Datum;Länet;Riket;Riket\n2014-12-31;12,4;9,4;9,5\n").problems()).containsExactly(
                "content/indicators/sjuktal.csv:1:19: Kolumnen \"Riket\" är samma serie (riket) som kolumnen \"Riket\" "
                        + "före den. Varje serie får bara ha en kolumn; ta bort den ena.");
    }

    @Test
    void theFirstColumnIsTheDateOrTheCategory() {
        assertThat(site("Vecka;lanet;riket\n2014;12,4;9,4\n").problems()).contains(
                "content/indicators/sjuktal.csv:1:1: Första kolumnen ska heta Datum (eller Kategori när värdena är per "
                        + "kategori); här står \"Vecka\".");
    }

    @Test
    void anUnclosedQuoteIsReported() {
        assertThat(site("Datum;lanet;riket\n2014-12-31;\"12,4;9,4\n").problems()).contains(
                "content/indicators/sjuktal.csv:2:12: Citattecknet som börjar här avslutas aldrig. Avsluta värdet "
                        + "med \" eller ta bort citattecknet.");
    }

    @Test
    void valuesInBothPlacesOrNeitherAreErrors() {
        TestSite both = TestSite.minimal(dir.resolve("both"))
                .with("indicators/sjuktal.csv", "Datum;lanet;riket\n2014-12-31;12,4;9,4\n2019-09-30;7,8;9,5\n");
        assertThat(both.problems()).containsExactly(
                "content/indicators/sjuktal.yaml:9:1: Värdena står både här och i indicators/sjuktal.csv. Ha dem på "
                        + "ett ställe: ta bort values: här eller ta bort CSV-filen.");

        TestSite neither = TestSite.minimal(dir.resolve("neither")).with("indicators/sjuktal.yaml", METADATA);
        assertThat(neither.problems()).contains(
                "content/indicators/sjuktal.yaml:1:1: Indikatorn saknar värden. Lägg till values: här eller en fil "
                        + "indicators/sjuktal.csv med en rad per datum och en kolumn per serie.");
    }

    @Test
    void aCsvNeedsItsDescription() {
        assertThat(TestSite.minimal(dir).with("indicators/extra.csv", "Datum;a\n2019-01-01;1\n").problems())
                .containsExactly("content/indicators/extra.csv:1:1: Filen indicators/extra.csv saknar sin beskrivning. "
                        + "Lägg till indicators/extra.yaml med title, unit, source och series (se redaktörsguiden).");
    }
}
