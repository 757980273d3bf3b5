package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

class OpenDataTest {

    @TempDir
    Path dir;

    @Test
    void anIndicatorDownloadsAsCsvForSwedishExcel() throws IOException {
        Path out = TestSite.minimal(dir).with("indicators/sjuktal.yaml", """
                title: Sjuktal
                unit: dagar
                source: Försäkringskassan
                series:
                  - id: lanet
                    label: Länet; Jämtland
                  - id: riket
                    label: Riket
                values:
                  - date: 2014-12-31
                    lanet: 12.4
                    riket: 9.4
                  - date: 2017-12-31
                    riket: "9,05"
                  - date: 2019-09-30
                    lanet: "7,8"
                    riket: 9.5
                """).build();

        byte[] expected = ("\uFEFFDatum;\"Länet; Jämtland\";Riket\r\n2014-12-31;12,4;9,4\r\n2017-12-31;;9,05\r\n"
                + "2019-09-30;7,8;9,5\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(Files.readAllBytes(out.resolve("data/sjuktal.csv"))).isEqualTo(expected);
        assertThat(TestSite.html(out, "indikator-sjuktal.html").select("a[download]").eachAttr("href"))
                .containsExactly("data/sjuktal.csv");
    }

    @Test
    void textThatExcelWouldRunAsAFormulaIsQuotedButNumbersStayNumbers() throws IOException {
        TestSite site = TestSite.minimal(dir).with("indicators/svar.yaml", """
                title: Svar
                unit: "%"
                source: Enkäten
                series:
                  - id: summa
                    label: =SUMMA(A1:A9)
                  - id: andel
                    label: "@andel"
                categories:
                  - category: +1 dag
                    summa: -1,5
                    andel: 3
                  - category: "-10 % eller mer"
                    summa: ca -2
                """);
        Path out = site.build();

        String csv = Files.readString(out.resolve("data/svar.csv"));
        assertThat(csv).isEqualTo("\uFEFFKategori;\"'=SUMMA(A1:A9)\";\"'@andel\"\r\n\"'+1 dag\";-1,5;3\r\n"
                + "\"'-10 % eller mer\";ca -2;\r\n");
        assertThat(OpenData.textField("\tTab")).isEqualTo("\"'\tTab\"");
        assertThat(OpenData.textField("\rCR")).isEqualTo("\"'\rCR\"");
        assertThat(OpenData.textField("Riket \"=\"")).isEqualTo("\"Riket \"\"=\"\"\"");
        assertThat(OpenData.textField("2012–2017")).isEqualTo("2012–2017");

        // The download put back as the indicator's values reads as the same data.
        Path again = TestSite.minimal(dir.resolve("again"))
                .with("indicators/svar.yaml", site.files().entrySet().stream()
                        .filter(e -> e.getKey().equals("indicators/svar.yaml")).findFirst()
                        .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).orElseThrow()
                        .replaceAll("(?s)categories:.*", ""))
                .with("indicators/svar.csv", csv).build();
        assertThat(Files.readString(again.resolve("data/svar.csv"))).isEqualTo(csv);
    }

    @Test
    void thePlanDownloadsAsJsonWithStatusesAndComputedTargets() throws IOException {
        Path out = TestSite.minimal(dir).build();

        assertThat(Files.readString(out.resolve("data/lup.json"))).isEqualTo("""
                {
                  "generator" : "%s",
                  "plan" : {
                    "title" : "Testplan",
                    "region" : "Region Test",
                    "publishers" : [
                      "Region Test"
                    ],
                    "owner" : "Regionstyrelsen",
                    "adopted" : {
                      "date" : "2015",
                      "body" : "Regionfullmäktige"
                    }
                  },
                  "goalStatuses" : [
                    {
                      "id" : "uppfyllt",
                      "label" : "Uppfyllt",
                      "symbol" : "●"
                    },
                    {
                      "id" : "delvis-uppfyllt",
                      "label" : "Delvis uppfyllt",
                      "symbol" : "◐"
                    },
                    {
                      "id" : "ej-uppfyllt",
                      "label" : "Ej uppfyllt",
                      "symbol" : "○"
                    }
                  ],
                  "activityStatuses" : [
                    {
                      "id" : "genomford",
                      "label" : "Genomförd",
                      "symbol" : "✔"
                    },
                    {
                      "id" : "pagar",
                      "label" : "Pågår",
                      "symbol" : "◔"
                    }
                  ],
                  "goals" : [
                    {
                      "id" : "battre-rehabilitering",
                      "horizon" : 4,
                      "text" : "Bättre rehabilitering i länet.",
                      "area" : "rehabilitering"
                    },
                    {
                      "id" : "lagre-sjuktal",
                      "horizon" : 4,
                      "text" : "Lägre sjuktal än 2014.",
                      "target" : {
                        "indicator" : "sjuktal",
                        "series" : "lanet",
                        "compareTo" : "riket",
                        "baseline" : "2014-12-31",
                        "decreaseBy" : 1.0,
                        "result" : {
                          "baselineValue" : 3.0,
                          "latestDate" : "2019-09-30",
                          "latestValue" : -1.7,
                          "change" : 4.7,
                          "required" : 2.0,
                          "met" : true,
                          "because" : "Därför: Från 3,0\u00A0dagar (2014-12-31) till \u22121,7\u00A0dagar (2019-09-30): minskning 4,7\u00A0dagar; det krävs minst 1,0\u00A0dagar."
                        }
                      }
                    }
                  ],
                  "areas" : [
                    {
                      "id" : "rehabilitering",
                      "title" : "Samordnad rehabilitering",
                      "activities" : [
                        {
                          "id" : "rutiner",
                          "text" : "Ta fram rutiner."
                        },
                        {
                          "id" : "utbildning",
                          "text" : "Utbilda personal i:\\n\\n- försäkringsmedicin\\n- rehabkoordinering\\n"
                        }
                      ]
                    }
                  ],
                  "followUps" : [
                    {
                      "date" : "2019-11-18",
                      "title" : "Lägesavstämning per 2019-11-18",
                      "partial" : false,
                      "summary" : "Sjuktalen har sjunkit i *länet*.\\n",
                      "statusNote" : "",
                      "goals" : [
                        {
                          "id" : "battre-rehabilitering",
                          "status" : "delvis-uppfyllt",
                          "reconstructed" : false,
                          "comment" : "Rutiner finns. Implementering pågår."
                        },
                        {
                          "id" : "lagre-sjuktal",
                          "status" : "uppfyllt",
                          "reconstructed" : false,
                          "comment" : "Skillnaden har minskat."
                        }
                      ],
                      "activities" : [
                        {
                          "id" : "rutiner",
                          "status" : "genomford",
                          "reconstructed" : false,
                          "note" : "Rutinerna är klara."
                        },
                        {
                          "id" : "utbildning",
                          "status" : "pagar",
                          "reconstructed" : false,
                          "note" : "Utbildning pågår."
                        }
                      ]
                    }
                  ],
                  "indicators" : [
                    {
                      "id" : "sjuktal",
                      "title" : "Sjuktal",
                      "unit" : "dagar",
                      "source" : "Försäkringskassan",
                      "decimals" : 1,
                      "chart" : "line",
                      "csv" : "data/sjuktal.csv",
                      "series" : [
                        {
                          "id" : "lanet",
                          "label" : "Länet",
                          "values" : [
                            {
                              "date" : "2014-12-31",
                              "value" : 12.4
                            },
                            {
                              "date" : "2019-09-30",
                              "value" : 7.8
                            }
                          ]
                        },
                        {
                          "id" : "riket",
                          "label" : "Riket",
                          "values" : [
                            {
                              "date" : "2014-12-31",
                              "value" : 9.4
                            },
                            {
                              "date" : "2019-09-30",
                              "value" : 9.5
                            }
                          ]
                        }
                      ]
                    }
                  ]
                }
                """.formatted(Generator.NAME));
    }
}
