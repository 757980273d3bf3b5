package lupsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/** Indicator values by year, month, period and category, approximate values, and their mistakes. */
class IndicatorCheckerTest {

    private static final String NBSP = "\u00A0";

    @TempDir
    Path dir;

    /** The table's value cells as written: jsoup's text() would turn the no-break spaces into spaces. */
    private static List<String> cells(Document page) {
        return page.select("table.data tbody td").stream().map(Element::wholeText).toList();
    }

    private TestSite site(String indicator) {
        return TestSite.minimal(dir).with("indicators/kostnad.yaml", indicator);
    }

    @Test
    void yearsMonthsAndPeriodsAreDatesInOrderOfTheDayTheyEnd() {
        Path out = site("""
                title: Kostnad
                unit: kronor
                source: Ekonomienheten
                decimals: 0
                chart: bar
                series:
                  - id: kostnad
                    label: Kostnad
                values:
                  - date: 2018
                    kostnad: 4 000
                  - date: 2012-2017
                    kostnad: ca 21 500
                  - date: 2019-03
                    kostnad: "1840"
                """).build();

        Document page = TestSite.html(out, "indikator-kostnad.html");
        assertThat(page.select("table.data tbody th").eachText()).containsExactly("2012–2017", "2018", "2019-03");
        assertThat(cells(page)).containsExactly("ca" + NBSP + "21" + NBSP + "500", "4" + NBSP + "000", "1" + NBSP + "840");
        assertThat(page.select("svg text[text-anchor=middle]").eachText())
                .startsWith("2012–2017", "2018", "2019-03").contains("ca 21 500");
    }

    @Test
    void categoriesInYamlAreHorizontalBarsWithTheirTable() {
        Path out = site("""
                title: Svar på frågan om stöd
                unit: "%"
                source: Medarbetarenkäten
                decimals: 0
                series:
                  - id: andel
                    label: Andel
                categories:
                  - category: Ja, i hög grad
                    andel: 34
                  - category: Ja, delvis
                    andel: ca 41
                  - category: Nej
                    andel: 25
                """).build();

        Document page = TestSite.html(out, "indikator-kostnad.html");
        assertThat(page.select("table.data thead th").eachText()).containsExactly("Kategori", "Andel");
        assertThat(page.select("table.data tbody th").eachText()).containsExactly("Ja, i hög grad", "Ja, delvis", "Nej");
        assertThat(cells(page)).containsExactly("34", "ca" + NBSP + "41", "25");
        assertThat(page.selectFirst("svg desc").wholeText()).isEqualTo("Stapeldiagram i %. Andel: Ja, i hög grad 34; "
                + "Ja, delvis ca" + NBSP + "41; Nej 25. Alla värden finns i tabellen.");
        assertThat(page.select("svg text[text-anchor=end]").eachText()).containsExactly("Ja, i hög grad", "Ja, delvis", "Nej");
        assertThat(page.select("svg rect[height=14]")).hasSize(3);
    }

    @Test
    void aCategoryColumnInCsv() throws IOException {
        Path out = TestSite.minimal(dir)
                .with("indicators/kostnad.yaml", """
                        title: Personal per förvaltning
                        unit: personer
                        source: HR
                        decimals: 0
                        series:
                          - id: antal
                            label: Antal
                        """)
                .with("indicators/kostnad.csv", "Kategori;Antal\nHälso- och sjukvård;ca 6 100\nRegional utveckling;240\n")
                .build();

        assertThat(cells(TestSite.html(out, "indikator-kostnad.html"))).containsExactly("ca" + NBSP + "6" + NBSP + "100", "240");
        assertThat(Files.readString(out.resolve("data/kostnad.csv")))
                .isEqualTo("\uFEFFKategori;Antal\r\nHälso- och sjukvård;ca 6100\r\nRegional utveckling;240\r\n");
    }

    @Test
    void mistakesInKeysAreLocated() {
        assertThat(site("""
                title: Kostnad
                unit: kronor
                source: Ekonomienheten
                chart: line
                series:
                  - id: kostnad
                    label: Kostnad
                values:
                  - date: 2017-2012
                    kostnad: 1
                  - date: 2019-13
                    kostnad: 1
                  - date: 2018
                    kostnad: 1
                  - date: 2018
                    kostnad: 2
                categories:
                  - category: Ja
                    kostnad: 1
                """).problems()).containsExactly(
                "content/indicators/kostnad.yaml:9:11: Perioden 2017-2012 slutar inte efter att den börjar. Skriv det "
                        + "tidigare året först, till exempel 2012–2017.",
                "content/indicators/kostnad.yaml:11:11: Månaden i 2019-13 finns inte. Skriv ÅÅÅÅ-MM med MM mellan 01 och 12.",
                "content/indicators/kostnad.yaml:15:11: Datumet 2018 finns redan på rad 13. Samla alla värden för ett "
                        + "datum på en rad.",
                "content/indicators/kostnad.yaml:17:1: Värdena står både under values: och categories:. En indikator "
                        + "har antingen värden per datum (values:) eller per kategori (categories:); ta bort det ena.");
    }

    @Test
    void categoriesAreAlwaysBars() {
        assertThat(site("""
                title: Svar
                unit: "%"
                source: Enkäten
                chart: line
                series:
                  - id: andel
                    label: Andel
                categories:
                  - category: Ja
                    andel: 60
                  - category: Ja
                    andel: 40
                """).problems()).containsExactly(
                "content/indicators/kostnad.yaml:4:8: Värden per kategori ritas alltid som stapeldiagram. Ta bort "
                        + "chart: line.",
                "content/indicators/kostnad.yaml:11:15: Kategorin \"Ja\" finns redan på rad 9. Samla alla värden för en "
                        + "kategori på en rad.");
    }

    @Test
    void aDateThatIsNoneOfTheFormsIsNamed() {
        assertThat(TestSite.minimal(dir)
                .with("indicators/kostnad.yaml", """
                        title: Kostnad
                        unit: kronor
                        source: Ekonomienheten
                        series:
                          - id: kostnad
                            label: Kostnad
                        """)
                .with("indicators/kostnad.csv", "År;kostnad\n18/11/2019;1\nvåren 2019;2\n").problems()).containsExactly(
                "content/indicators/kostnad.csv:2:1: \"18/11/2019\" är inget datum. Skriv ett datum som 2019-09-30, en "
                        + "månad som 2019-09, ett år som 2019 eller en period som 2012–2017.",
                "content/indicators/kostnad.csv:3:1: \"våren 2019\" är inget datum. Skriv ett datum som 2019-09-30, en "
                        + "månad som 2019-09, ett år som 2019 eller en period som 2012–2017.");
    }
}
