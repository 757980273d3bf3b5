package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

class HistoryTest {

    @TempDir
    Path dir;

    /** The minimal site plus an earlier follow-up where one goal was worse and one note differed. */
    private Path build() {
        return TestSite.minimal(dir).with("followups/2018-11/followup.yaml", """
                date: 2018-11
                goals:
                  battre-rehabilitering:
                    status: ej-uppfyllt
                    comment: Rutiner saknas.
                  lagre-sjuktal:
                    status: uppfyllt
                    comment: Skillnaden har minskat.
                activities:
                  rutiner:
                    status: pagar
                    note: Rutinerna skrivs.
                  utbildning:
                    status: pagar
                    note: Utbildning pågår.
                """).build();
    }

    @Test
    void theMatrixShowsEveryStatusAtEveryFollowUp() {
        Document page = TestSite.html(build(), "historik.html");

        assertThat(page.select("table.history").eachText()).containsExactly(
                "Mål på 4 års sikt Mål 2018-11 2019-11-18 "
                        + "Bättre rehabilitering i länet. ○ Ej uppfyllt ◐ Delvis uppfyllt "
                        + "Lägre sjuktal än 2014. ● Uppfyllt ● Uppfyllt",
                "Aktiviteter: Samordnad rehabilitering Aktivitet 2018-11 2019-11-18 "
                        + "Ta fram rutiner. ◔ Pågår ✔ Genomförd "
                        + "Utbilda personal i: ◔ Pågår ◔ Pågår");
        assertThat(page.getElementById("historik-aktivitet-rutiner").select("dt, dd").eachText()).containsExactly(
                "Uppföljning per 2018-11: ◔ Pågår", "Rutinerna skrivs.",
                "Lägesavstämning per 2019-11-18: ✔ Genomförd", "Rutinerna är klara.");
        assertThat(page.select("a[href=#historik-mal-lagre-sjuktal]")).hasSize(1);
    }

    @Test
    void theChangesPageListsStatusMovesAndChangedNotesOnly() {
        Document page = TestSite.html(build(), "forandringar-2019-11-18.html");

        assertThat(page.select("table.changes tbody tr").eachText()).containsExactly(
                "Mål: Gå till Bättre rehabilitering i länet. ○ Ej uppfyllt ◐ Delvis uppfyllt Status och text",
                "Aktivitet: Gå till Ta fram rutiner. ◔ Pågår ✔ Genomförd Status och text");
    }
}
