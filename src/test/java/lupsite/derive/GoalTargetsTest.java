package lupsite.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/**
 * Goals as plans state them: a deadline with or without a horizon, a level (at most / at least), a change in per
 * cent; met or not once due, Open SDG's progress verdict before. (Invented content.)
 */
class GoalTargetsTest {

    @TempDir
    Path dir;

    static final String GOALS = """
            goals:
              - id: sjukfranvaro-niva
                due: 2019-12-31
                text: Sjukfrånvaron ska vara högst 5,2 procent senast 2019.
                target:
                  indicator: sjukfranvaro
                  series: region
                  atMost: 5.2
              - id: sjukfranvaro-minska
                horizon: 8
                due: 2022-12-31
                text: Sjukfrånvaron ska minska med 25 procent till 2022.
                target:
                  indicator: sjukfranvaro
                  series: region
                  baseline: 2015-12-31
                  decreaseByPercent: 25
              - id: korttid
                due: 2024
                text: Korttidsfrånvaron ska vara högst 1,5 procent 2024.
                target:
                  indicator: korttid
                  series: region
                  baseline: 2015-12-31
                  atMost: 1.5
            """;

    private TestSite site() {
        return TestSite.minimal(dir)
                .with("goals.yaml", GOALS)
                .with("indicators/sjukfranvaro.yaml", indicator("Sjukfrånvaro", "6.0", "5.8", "5.5", "5.2", "5.0"))
                .with("indicators/korttid.yaml", indicator("Korttidsfrånvaro", "2.0", "2.1", "2.2", "2.3", "2.4"))
                .with("followups/2019-11-18/followup.yaml", """
                        date: 2019-11-18
                        partial: true
                        goals:
                          sjukfranvaro-niva:
                            status: uppfyllt
                            comment: Nivån är nådd.
                          korttid:
                            comment: Bedöms 2024.
                        """);
    }

    private static String indicator(String title, String... values) {
        StringBuilder yaml = new StringBuilder("title: " + title + "\nunit: \"%\"\nsource: Personalsystemet\n"
                + "series:\n  - id: region\n    label: Region\nvalues:\n");
        for (int i = 0; i < values.length; i++) {
            yaml.append("  - date: ").append(2015 + i).append("\n    region: ").append(values[i]).append('\n');
        }
        return yaml.toString();
    }

    @Test
    void aLevelGoalThatIsDueIsMetOrNotWithTheReason() {
        Document goals = TestSite.html(site().build(), "mal.html");

        assertThat(goals.select("#mal-sjukfranvaro-niva .goal-due").text()).isEqualTo("Senast 2019-12-31");
        assertThat(goals.select("#mal-sjukfranvaro-niva .target li")).extracting(li -> li.text()).containsExactly(
                "Målvärde: Region ska vara högst 5,2 %.",
                "Senaste värde: 2019-12-31: Region 5,0 %",
                "Målet är uppnått. Föreslagen status: ● Uppfyllt",
                "Därför: 5,0 % (2019-12-31) är högst 5,2 %.");
    }

    @Test
    void aPercentGoalNotYetDueGetsOpenSdgsVerdictWithTheRates() {
        Document goals = TestSite.html(site().build(), "mal.html");

        assertThat(goals.select("#mal-sjukfranvaro-minska .target li")).extracting(li -> li.text()).containsExactly(
                "Målvärde: Region ska minska med minst 25 % jämfört med 2015-12-31.",
                "Utgångsläge: 2015-12-31: Region 6,0 %",
                "Senaste värde: 2019-12-31: Region 5,0 %",
                "Minskning 16,7 %: målet är inte uppnått än.",
                "Bedömning inför slutdatum 2022-12-31: I fas.",
                "Därför: Sedan 2015-12-31 har värdet ändrats med \u22124,5 % per år. För att nå 4,5 % senast 2022-12-31 "
                        + "krävs \u22124,0 % per år; takten är 111 % av den som krävs (Open SDG:s metod: från 95 % i fas, "
                        + "från 60 % behöver takten öka, från 0 % begränsade framsteg, under 0 % försämring).");
    }

    @Test
    void aGoalMovingAwayFromItsLevelIsDeterioratingAndGetsNoProposedStatus() throws Exception {
        Path site = site().build();
        Document goals = TestSite.html(site, "mal.html");

        assertThat(goals.select("#mal-korttid .target li")).extracting(li -> li.text()).contains(
                "Målet är inte uppnått än.",
                "Bedömning inför slutdatum 2024-12-31: Försämring.");
        assertThat(goals.select("h2#horisont-0").text()).isEqualTo("Mål med slutdatum");
        assertThat(goals.select("section[aria-labelledby=horisont-0] article h3")).extracting(h -> h.text())
                .containsExactly("Sjukfrånvaron ska vara högst 5,2 procent senast 2019.",
                        "Korttidsfrånvaron ska vara högst 1,5 procent 2024.");
        String json = Files.readString(site.resolve("data/lup.json"));
        assertThat(json).contains("""
                        "atMost" : 1.5,
                        "result" : {
                          "baselineValue" : 2.0,
                          "latestDate" : "2019-12-31",
                          "latestValue" : 2.4,
                          "change" : -0.4,
                          "required" : 1.5,
                          "met" : false,
                          "pending" : true,
                          "progress" : {
                            "verdict" : "deteriorating",
                """);
    }

    @Test
    void checkDoesNotCallAGoalNotYetDueNotMet() {
        assertThat(site().problems()).isEmpty();
    }

    @Test
    void aTargetNeedsExactlyOneKindAChangeABaselineAndAGoalAHorizonOrADeadline() {
        TestSite site = site().with("goals.yaml", """
                goals:
                  - id: sjukfranvaro-niva
                    text: Sjukfrånvaron ska vara låg.
                    target:
                      indicator: sjukfranvaro
                      series: region
                      atMost: 5.2
                      atLeast: 4
                  - id: korttid
                    horizon: 4
                    text: Korttidsfrånvaron ska minska.
                    target:
                      indicator: korttid
                      series: region
                      decreaseByPercent: 7
                """).with("followups/2019-11-18/followup.yaml", "date: 2019-11-18\npartial: true\n");

        assertThat(site.problems()).containsExactly(
                "content/goals.yaml:2:9: Målet \"sjukfranvaro-niva\" har varken horizon (tidshorisont i år) eller due "
                        + "(slutdatum). Skriv det ena eller båda, t.ex. horizon: 4 eller due: 2022-12-31.",
                "content/goals.yaml:5:7: Ett mätbart mål ska ha precis en av atMost, atLeast, decreaseBy, increaseBy, "
                        + "decreaseByPercent, increaseByPercent, men har atMost och atLeast.",
                "content/goals.yaml:13:7: Ett mål med decreaseByPercent jämför med ett utgångsläge: skriv baseline: med "
                        + "ett datum som finns i indikatorn, t.ex. baseline: 2014-12-31.");
    }

    @Test
    void sevenPerCentAsAnAbsoluteChangeSaysHowAChangeInPerCentIsWritten() {
        TestSite site = site().with("goals.yaml", GOALS.replace("decreaseByPercent: 25", "decreaseBy: 7 %"));

        assertThat(site.problems()).containsExactly("content/goals.yaml:17:19: \"decreaseBy\" ska vara ett tal i "
                + "indikatorns enhet, t.ex. 1,0 (en förändring i procent av utgångsläget skrivs decreaseByPercent: 7); "
                + "här står \"7 %\". Menade du 7?");
    }

    /** What a decided follow-up's archive records of each kind of result. */
    @Test
    void theRecordOfAFollowUpStatesLevelsAndVerdicts() {
        Derived derived = lupsite.pipeline.Pipeline.check(site().write(), new lupsite.problem.Problems()).orElseThrow()
                .derived();
        var followUp = derived.content().latestFollowUp().orElseThrow();
        var facts = FollowUpRecord.facts(followUp, derived.at(followUp));

        assertThat(facts).doesNotContainKey("Målet \"sjukfranvaro-niva\": utgångsläge")
                .containsEntry("Målet \"sjukfranvaro-niva\": uppnått", "ja")
                .containsEntry("Målet \"korttid\": uppnått", "inte än")
                .containsEntry("Målet \"korttid\": takt", "försämring");
    }
}
