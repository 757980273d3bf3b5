package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/** Activities with who is responsible and when they are due; late ones marked and warned of. (Invented content.) */
class ActivityPlanningTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.minimal(dir)
                .appending("plan.yaml", """
                        responsibles:
                          - id: hr-direktor
                            name: HR-direktören
                        """)
                .with("areas/01-rehabilitering.md", """
                        ---
                        id: rehabilitering
                        title: Samordnad rehabilitering
                        activities:
                          - id: rutiner
                            text: Ta fram rutiner.
                            responsible: hr-direktor
                            start: 2018
                            due: 2019-06
                          - id: utbildning
                            text: Utbilda personal.
                            responsible: Hälso- och sjukvårdsdirektören
                            due: 2019-06-30
                          - id: statistik
                            text: Ta fram statistik.
                            responsible: hr-direktor
                        ---
                        """)
                .with("followups/2019-11-18/followup.yaml", """
                        date: 2019-11-18
                        goals:
                          battre-rehabilitering:
                            status: delvis-uppfyllt
                          lagre-sjuktal:
                            status: uppfyllt
                        activities:
                          rutiner:
                            status: genomford
                          utbildning:
                            status: pagar
                            note: Utbildningen har skjutits upp.
                          statistik:
                            status: pagar
                        """);
    }

    @Test
    void anActivityNotDonePastItsDueDateIsMarkedLateWithItsResponsibleAndDates() {
        Document area = TestSite.html(site().build(), "omrade-rehabilitering.html");

        assertThat(area.select("table.activities tbody tr")).extracting(tr -> tr.text()).containsExactly(
                "Ta fram rutiner. Ansvarig: HR-direktören · Start: 2018 · Klart senast: 2019-06 ✔ Genomförd",
                "Utbilda personal. Ansvarig: Hälso- och sjukvårdsdirektören · Klart senast: 2019-06-30 ◔ Pågår "
                        + "försenad Utbildningen har skjutits upp.",
                "Ta fram statistik. Ansvarig: HR-direktören ◔ Pågår");
    }

    @Test
    void theAreaPageListsTheActivitiesByStatusAndByResponsible() {
        Document area = TestSite.html(site().build(), "omrade-rehabilitering.html");

        assertThat(area.select("#efter-status ~ h3")).extracting(h -> h.text()).containsExactly(
                "✔ Genomförd (1)", "◔ Pågår (2)");
        assertThat(area.select("section[aria-labelledby=efter-status] li")).extracting(li -> li.text())
                .containsExactly("Ta fram rutiner. – HR-direktören",
                        "Utbilda personal. – Hälso- och sjukvårdsdirektören försenad",
                        "Ta fram statistik. – HR-direktören");
        assertThat(area.select("section[aria-labelledby=efter-ansvarig] h3")).extracting(h -> h.text())
                .containsExactly("HR-direktören (2)", "Hälso- och sjukvårdsdirektören (1)");
        assertThat(area.select("section[aria-labelledby=efter-ansvarig] li").first().attr("href")).isEmpty();
        assertThat(area.select("section[aria-labelledby=efter-ansvarig] a").first().attr("href"))
                .isEqualTo("#aktivitet-rutiner");
    }

    @Test
    void checkWarnsOfTheLateActivityAndRefusesAResponsibleIdNotInTheList() {
        assertThat(site().problems()).containsExactly("content/followups/2019-11-18/followup.yaml:11:13: varning: "
                + "Aktiviteten \"utbildning\" skulle vara klar senast 2019-06-30 men är \"Pågår\" i uppföljningen "
                + "2019-11-18, så den visas som försenad. Ändra statusen om den är klar, eller skriv i noteringen varför "
                + "den är försenad.");
        String area = new String(site().files().get("areas/01-rehabilitering.md"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(site().with("areas/01-rehabilitering.md", area.replace("responsible: hr-direktor\n    start",
                "responsible: hr-direktoren\n    start")).problems()).contains("content/areas/01-rehabilitering.md:7:18: "
                + "\"hr-direktoren\" finns inte bland responsibles i plan.yaml – menade du hr-direktor? Skriv ett id "
                + "därifrån (hr-direktor), eller vem som är ansvarig med egna ord, t.ex. HR-direktören.");
    }
}
