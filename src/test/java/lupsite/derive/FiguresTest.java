package lupsite.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

class FiguresTest {

    @TempDir
    Path dir;

    @Test
    void placeholdersBecomeSwedishNumbersFromTheData() {
        Path out = TestSite.minimal(dir).with("followups/2019-11-18/summary.md", """
                Länet hade {{indikator:sjuktal:lanet:2019-09-30}} dagar, riket {{indikator:sjuktal:riket:senaste}}.
                Skillnaden minskade med {{mal:lagre-sjuktal:forandring}} dagar, från {{mal:lagre-sjuktal:utgangslage}} \
                till {{mal:lagre-sjuktal:senaste}}; kravet var {{ mal:lagre-sjuktal:krav }}.
                """).build();

        assertThat(TestSite.html(out, "uppfoljning-2019-11-18.html").select("#sammanfattning + p").text())
                .isEqualTo("Länet hade 7,8 dagar, riket 9,5. Skillnaden minskade med 4,7 dagar, från 3,0 till \u22121,7; "
                        + "kravet var 1,0.");
    }

    @Test
    void everyWrongPlaceholderIsReportedWhereItStands() {
        assertThat(TestSite.minimal(dir).with("followups/2019-11-18/summary.md", """
                A {{indikator:sjuktl:lanet:2019-09-30}} och {{indikator:sjuktal:lanett:senaste}}.
                B {{indikator:sjuktal:lanet:2019-09-31}} C {{mal:battre-rehabilitering:forandring}}
                D {{mal:lagre-sjuktl:forandring}} E {{mal:lagre-sjuktal:andring}} F {{sjuktal}}
                """).problems()).containsExactly(
                "content/followups/2019-11-18/summary.md:1:3: Indikatorn \"sjuktl\" finns inte i indicators/. "
                        + "Menade du \"sjuktal\"?",
                "content/followups/2019-11-18/summary.md:1:45: Serien \"lanett\" finns inte i indikatorn \"sjuktal\". "
                        + "Menade du \"lanet\"?",
                "content/followups/2019-11-18/summary.md:2:3: Serien \"lanet\" i indikatorn \"sjuktal\" har inget värde "
                        + "för 2019-09-31. Datum med värden: 2014-12-31, 2019-09-30.",
                "content/followups/2019-11-18/summary.md:2:44: Målet \"battre-rehabilitering\" har inget mätbart mål "
                        + "(target) i goals.yaml, så det finns inget värde att hämta.",
                "content/followups/2019-11-18/summary.md:3:3: Målet \"lagre-sjuktl\" finns inte i goals.yaml. "
                        + "Menade du \"lagre-sjuktal\"?",
                "content/followups/2019-11-18/summary.md:3:37: \"andring\" kan inte hämtas för ett mål. Använd "
                        + "forandring, krav, senaste, utgangslage.",
                "content/followups/2019-11-18/summary.md:3:69: Platshållaren {{sjuktal}} känns inte igen. Skriv "
                        + "{{indikator:id:serie:ÅÅÅÅ-MM-DD}}, {{indikator:id:serie:senaste}} eller {{mal:id:forandring}} "
                        + "(eller utgangslage, senaste, krav).");
    }

    @Test
    void aPlaceholderInAYamlBlockIsPlacedOnItsOwnLine() {
        assertThat(TestSite.minimal(dir).with("followups/2019-11-18/followup.yaml", """
                date: 2019-11-18
                goals:
                  battre-rehabilitering:
                    status: delvis-uppfyllt
                  lagre-sjuktal:
                    status: uppfyllt
                    comment: |
                      Skillnaden har minskat
                      med {{mal:lagre-sjuktal:forandrng}} dagar.
                activities:
                  rutiner:
                    status: genomford
                  utbildning:
                    status: pagar
                """).problems()).containsExactly(
                "content/followups/2019-11-18/followup.yaml:9:11: \"forandrng\" kan inte hämtas för ett mål. Använd "
                        + "forandring, krav, senaste, utgangslage.");
    }
}
