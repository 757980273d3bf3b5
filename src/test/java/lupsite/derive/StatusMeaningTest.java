package lupsite.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/**
 * Status scales say what each status means, and only that decides what the figures propose: the order of a scale
 * does not (its last status may mean "ended", not "not met"). (Invented content.)
 */
class StatusMeaningTest {

    @TempDir
    Path dir;

    /** The minimal site with {@code goalStatuses} replaced, and a target the figures do not reach. */
    private TestSite withGoalStatuses(String scale) {
        TestSite site = TestSite.minimal(dir);
        String plan = new String(site.files().get("plan.yaml"), StandardCharsets.UTF_8);
        String goals = new String(site.files().get("goals.yaml"), StandardCharsets.UTF_8);
        return site.with("plan.yaml", plan.substring(0, plan.indexOf("goalStatuses:")) + scale
                        + plan.substring(plan.indexOf("activityStatuses:")))
                .with("goals.yaml", goals.replace("decreaseBy: 1.0", "decreaseBy: 5"));
    }

    @Test
    void aGoalNotMetIsProposedTheStatusMeaningNotMetNotTheLastOfTheScale() {
        TestSite site = withGoalStatuses("""
                goalStatuses:
                  - id: uppfyllt
                    label: Uppfyllt
                    symbol: "●"
                    meaning: met
                  - id: delvis-uppfyllt
                    label: Delvis uppfyllt
                    symbol: "◐"
                    meaning: partlyMet
                  - id: ej-uppfyllt
                    label: Ej uppfyllt
                    symbol: "○"
                    meaning: notMet
                  - id: utgatt
                    label: Utgått
                    symbol: "–"
                    meaning: ended
                """);

        assertThat(site.problems()).containsExactly("content/followups/2019-11-18/followup.yaml:8:13: varning: "
                + "Statusen \"uppfyllt\" motsäger mätvärdena: målet är inte uppnått enligt indikatorn (förändring 4,7 "
                + "sedan 2014-12-31). Föreslagen status: ej-uppfyllt.");
        assertThat(TestSite.html(site.build(), "mal.html").select("#mal-lagre-sjuktal .target li").last().text())
                .isEqualTo("Minskning 4,7 dagar: målet är inte uppnått. Föreslagen status: ○ Ej uppfyllt");
    }

    @Test
    void aScaleWithoutMeaningsGetsNoProposalAndNoWarning() {
        TestSite site = withGoalStatuses("""
                goalStatuses:
                  - id: uppfyllt
                    label: Uppfyllt
                    symbol: "●"
                  - id: ej-uppfyllt
                    label: Ej uppfyllt
                    symbol: "○"
                  - id: delvis-uppfyllt
                    label: Delvis uppfyllt
                    symbol: "◐"
                """);

        assertThat(site.problems()).isEmpty();
        assertThat(TestSite.html(site.build(), "mal.html").select("#mal-lagre-sjuktal .target li").last().text())
                .isEqualTo("Minskning 4,7 dagar: målet är inte uppnått.");
    }

    @Test
    void aStatusMeaningNotAssessedClaimsNothingTheFiguresCouldContradict() {
        TestSite site = withGoalStatuses("""
                goalStatuses:
                  - id: uppfyllt
                    label: Uppfyllt
                    symbol: "●"
                    meaning: met
                  - id: ej-uppfyllt
                    label: Ej uppfyllt
                    symbol: "○"
                    meaning: notMet
                  - id: ej-bedomd
                    label: Ej bedömd
                    symbol: "?"
                    meaning: notAssessed
                """);
        String followUp = new String(site.files().get("followups/2019-11-18/followup.yaml"), StandardCharsets.UTF_8);

        assertThat(site.with("followups/2019-11-18/followup.yaml", followUp.replace("status: uppfyllt", "status: ej-bedomd")
                .replace("status: delvis-uppfyllt", "status: ej-bedomd")).problems()).isEmpty();
    }

    @Test
    void aMeaningOfTheOtherKindOrGivenTwiceIsAnError() {
        TestSite site = withGoalStatuses("""
                goalStatuses:
                  - id: uppfyllt
                    label: Uppfyllt
                    symbol: "●"
                    meaning: done
                  - id: delvis-uppfyllt
                    label: Delvis uppfyllt
                    symbol: "◐"
                    meaning: notMet
                  - id: ej-uppfyllt
                    label: Ej uppfyllt
                    symbol: "○"
                    meaning: notMet
                """);

        assertThat(site.problems()).containsExactly(
                "content/plan.yaml:15:14: Betydelsen \"done\" finns inte för mål. Möjliga betydelser för målens "
                        + "statusar: met, partlyMet, notMet, notAssessed, ended.",
                "content/plan.yaml:23:14: Statusarna \"delvis-uppfyllt\" och \"ej-uppfyllt\" har båda betydelsen "
                        + "notMet. Varje betydelse får höra till en status, så att det är entydigt vilken status "
                        + "siffrorna talar för; ta bort meaning: på den ena.");
    }
}
