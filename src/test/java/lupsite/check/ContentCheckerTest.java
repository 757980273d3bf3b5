package lupsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

class ContentCheckerTest {

    @TempDir
    Path dir;

    @Test
    void theMinimalSiteIsClean() {
        assertThat(TestSite.minimal(dir).problems()).isEmpty();
    }

    @Test
    void aStatusOutsideTheScaleSuggestsTheNearestOne() {
        TestSite site = TestSite.minimal(dir).with("followups/2019-11-18/followup.yaml", """
                date: 2019-11-18
                goals:
                  battre-rehabilitering:
                    status: delvis
                  lagre-sjuktal:
                    status: uppfyllt
                activities:
                  rutiner:
                    status: genomford
                  utbildning:
                    status: pagar
                """);
        assertThat(site.problems()).containsExactly("content/followups/2019-11-18/followup.yaml:4:13: Statusen "
                + "\"delvis\" finns inte bland målens statusar i plan.yaml – menade du delvis-uppfyllt? Möjliga "
                + "statusar: uppfyllt, delvis-uppfyllt, ej-uppfyllt.");
    }

    @Test
    void anUnknownKeyIsReportedWithTheKeyItProbablyMeant() {
        TestSite site = TestSite.minimal(dir).with("indicators/sjuktal.yaml", """
                title: Sjuktal
                unit: dagar
                sorce: Försäkringskassan
                series:
                  - id: lanet
                    label: Länet
                values: []
                """);
        assertThat(site.problems()).contains(
                "content/indicators/sjuktal.yaml:1:1: Nyckeln \"source\" saknas, men måste finnas här (källa, t.ex. "
                        + "Försäkringskassan).",
                "content/indicators/sjuktal.yaml:3:1: Okänd nyckel \"sorce\". Menade du \"source\"?");
    }

    @Test
    void aWrongTypeSaysWhatWasExpectedAndWhatWasFound() {
        TestSite site = TestSite.minimal(dir).with("goals.yaml", """
                goals:
                  - id: battre-rehabilitering
                    horizon: fyra
                    text: Bättre rehabilitering.
                """);
        assertThat(site.problems()).contains("content/goals.yaml:3:14: \"horizon\" ska vara ett heltal, men här står "
                + "text (\"fyra\").");
    }

    @Test
    void anUnknownGoalInAFollowUpNamesTheNearestIds() {
        TestSite site = TestSite.minimal(dir).with("followups/2019-11-18/followup.yaml", """
                date: 2019-11-18
                goals:
                  battre-rehab:
                    status: uppfyllt
                  lagre-sjuktal:
                    status: uppfyllt
                activities:
                  rutiner:
                    status: genomford
                  utbildning:
                    status: pagar
                """);
        assertThat(site.problems()).containsExactly(
                "content/followups/2019-11-18/followup.yaml:2:1: varning: Målet \"battre-rehabilitering\" saknas i "
                        + "uppföljningen. Lägg till det under goals: med status och kommentar.",
                "content/followups/2019-11-18/followup.yaml:3:3: Målet \"battre-rehab\" finns inte i goals.yaml. "
                        + "Menade du \"battre-rehabilitering\"?");
    }

    /** Not a typo but a goal deleted from goals.yaml: the way to end it without losing the follow-ups is said. */
    @Test
    void aGoalDeletedFromThePlanIsToldToStayAsEnded() {
        TestSite site = TestSite.minimal(dir);
        String goals = new String(site.files().get("goals.yaml"), StandardCharsets.UTF_8);
        site.with("goals.yaml", goals.substring(0, goals.indexOf("  - id: lagre-sjuktal")));

        assertThat(site.problems()).contains("content/followups/2019-11-18/followup.yaml:7:3: Målet \"lagre-sjuktal\" "
                + "finns inte i goals.yaml. Har det tagits bort ur planen? Låt det stå kvar i goals.yaml med ended: "
                + "(version och skäl), så att tidigare uppföljningar hittar det.");
    }

    @Test
    void anImpossibleDateIsRefused() {
        TestSite site = TestSite.minimal(dir).with("indicators/sjuktal.yaml", """
                title: Sjuktal
                unit: dagar
                source: FK
                series:
                  - id: lanet
                    label: Länet
                  - id: riket
                    label: Riket
                values:
                  - date: 2014-12-31
                    lanet: 12.4
                    riket: 9.4
                  - date: 2019-02-30
                    lanet: 7.8
                """);
        assertThat(site.problems()).containsExactly("content/indicators/sjuktal.yaml:13:11: Datumet 2019-02-30 finns "
                + "inte. Skriv ett riktigt datum som ÅÅÅÅ-MM-DD, till exempel 2019-11-18.");
    }

    @Test
    void aBrokenLinkInMarkdownInsideYamlPointsAtTheLink() {
        TestSite site = TestSite.minimal(dir).with("areas/01-rehabilitering.md", """
                ---
                id: rehabilitering
                title: Samordnad rehabilitering
                activities:
                  - id: rutiner
                    text: |
                      Ta fram rutiner,
                      se [budgeten](../pages/budgt.md).
                  - id: utbildning
                    text: Utbilda.
                ---
                """);
        assertThat(site.problems()).containsExactly("content/areas/01-rehabilitering.md:8:10: Länken "
                + "\"../pages/budgt.md\" pekar på en fil som inte finns (content/pages/budgt.md). Menade du "
                + "../pages/budget.md?");
    }
}
