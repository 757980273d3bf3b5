package lupsite.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.RecordedKolada;
import lupsite.testsupport.TestSite;

class KoladaImportTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    @TempDir
    Path dir;

    @Test
    void everyPageOfTheAnswerBecomesTheIndicatorsCsvAndANewYamlNamesItsSource() throws Exception {
        Path content = TestSite.minimal(dir).write();
        RecordedKolada kolada = new RecordedKolada();

        KoladaImport.Imported imported = new KoladaImport(kolada, KoladaImport.BASE_URL)
                .run(content, RecordedKolada.REQUEST, TODAY);

        assertThat(imported).isEqualTo(new KoladaImport.Imported("indicators/sjukpenningdagar.csv",
                "indicators/sjukpenningdagar.yaml", true, 3, 5));
        assertThat(kolada.asked).hasSize(4);
        assertThat(Files.readString(content.resolve("indicators/sjukpenningdagar.csv")))
                .isEqualTo("År;0023;0000\n2019;10,4;9,6\n2020;11,2;\n2021;9,85;9,1\n");
        assertThat(Files.readString(content.resolve("indicators/sjukpenningdagar.yaml"))).isEqualTo("""
                # yaml-language-server: $schema=../../schemas/indicator.schema.json
                title: "Sjukpenningdagar per registrerad sjukförsäkrad (påhittat nyckeltal)"
                unit: värde                      # ändra till nyckeltalets enhet, t.ex. "%" eller kronor
                source: Kolada (RKA), nyckeltal N99999
                retrieved: 2025-03-01
                kolada:
                  kpi: N99999
                  municipalities:
                    - "0023"
                    - "0000"
                series:
                  - id: "0023"
                    label: "Region Jämtland Härjedalen"
                  - id: "0000"
                    label: "Riket"
                """);

        Path site = TestSite.minimal(dir.resolve("bygge")).withFilesFrom(content).build();
        assertThat(TestSite.html(site, "indikator-sjukpenningdagar.html").select("table.data tbody tr").eachText())
                .containsExactly("2019 10,4 9,6", "2020 11,2 –", "2021 9,9 9,1");
        assertThat(TestSite.html(site, "indikator-sjukpenningdagar.html").select("p").eachText())
                .contains("Enhet: värde. Källa: Kolada (RKA), nyckeltal N99999 (hämtad 2025-03-01).");
    }

    @Test
    void anExistingYamlKeepsEverythingButItsSourceAndRetrievalDay() throws Exception {
        Path content = TestSite.minimal(dir).with("indicators/sjukpenningdagar.yaml", """
                title: Sjukpenningdagar
                unit: dagar
                source: Försäkringskassan
                retrieved: 2024-01-01
                series:
                  - id: "0023"
                    label: Regionen   # som i rapporten
                  - id: "0000"
                    label: Riket
                """).write();

        KoladaImport.Imported imported = new KoladaImport(new RecordedKolada(), KoladaImport.BASE_URL)
                .run(content, RecordedKolada.REQUEST, TODAY);

        assertThat(imported.yamlCreated()).isFalse();
        assertThat(Files.readString(content.resolve("indicators/sjukpenningdagar.yaml"))).isEqualTo("""
                title: Sjukpenningdagar
                unit: dagar
                source: Kolada (RKA), nyckeltal N99999
                retrieved: 2025-03-01
                series:
                  - id: "0023"
                    label: Regionen   # som i rapporten
                  - id: "0000"
                    label: Riket
                """);
    }

    @Test
    void withoutNetworkNothingIsWrittenAndTheEditorIsTold() throws IOException {
        Path content = TestSite.minimal(dir).write();

        // Port 1 on this machine: nothing listens there, so the connection is refused at once, as without network.
        assertThatThrownBy(() -> new KoladaImport(KoladaImport.overHttp(), "http://127.0.0.1:1/v3")
                .run(content, RecordedKolada.REQUEST, TODAY))
                .isInstanceOf(KoladaImport.Failed.class)
                .hasMessage("Kunde inte nå Kolada (127.0.0.1). Datorn har ingen nätverksanslutning, eller så svarar "
                        + "inte Kolada. Kontrollera anslutningen och försök igen.");
        assertThat(content.resolve("indicators/sjukpenningdagar.csv")).doesNotExist();
        assertThat(content.resolve("indicators/sjukpenningdagar.yaml")).doesNotExist();
    }

    @Test
    void valuesInTheYamlMustGoFirst() throws IOException {
        Path content = TestSite.minimal(dir).write();
        Files.copy(content.resolve("indicators/sjuktal.yaml"), content.resolve("indicators/sjukpenningdagar.yaml"));

        assertThatThrownBy(() -> new KoladaImport(new RecordedKolada(), KoladaImport.BASE_URL)
                .run(content, RecordedKolada.REQUEST, TODAY))
                .hasMessage("indicators/sjukpenningdagar.yaml har sina värden under values: eller categories:. Ta bort "
                        + "dem; import-kolada skriver värdena i indicators/sjukpenningdagar.csv.");
    }
}
