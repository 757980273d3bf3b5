package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/**
 * "Ingen uppgift" as a state of its own: an assessment without a status, a follow-up that assesses nothing, a plan
 * whose source does not say who adopted it or when. (Invented content.)
 */
class NotAssessedTest {

    @TempDir
    Path dir;

    /** The minimal site with a goal commented on but not assessed, and an area of four activities, one assessed. */
    private TestSite commentedWithoutStatus() {
        return TestSite.minimal(dir)
                .with("areas/01-rehabilitering.md", """
                        ---
                        id: rehabilitering
                        title: Samordnad rehabilitering
                        activities:
                          - id: rutiner
                            text: Ta fram rutiner.
                          - id: utbildning
                            text: Utbilda personal.
                          - id: samverkan
                            text: Samverka med arbetsgivare.
                          - id: statistik
                            text: Ta fram statistik.
                        ---
                        """)
                .with("followups/2019-11-18/followup.yaml", """
                        date: 2019-11-18
                        partial: true
                        goals:
                          battre-rehabilitering:
                            comment: Bedöms först när rutinerna har använts ett år.
                          lagre-sjuktal:
                            status: uppfyllt
                            comment: Skillnaden har minskat.
                        activities:
                          rutiner:
                            status: genomford
                            note: Rutinerna är klara.
                          utbildning:
                            note: Ingen uppgift i källan.
                        """);
    }

    @Test
    void aCommentWithoutAStatusIsShownAsNoInformationWithTheComment() {
        Path site = commentedWithoutStatus().build();
        Document followUp = TestSite.html(site, "uppfoljning-2019-11-18.html");

        assertThat(followUp.select("#mal-battre-rehabilitering").text()).isEqualTo(
                "Bättre rehabilitering i länet. Ingen uppgift Bedöms först när rutinerna har använts ett år.");
        assertThat(followUp.select("ul.counts").first().select("li")).extracting(li -> li.text())
                .containsExactly("● Uppfyllt: 1", "◐ Delvis uppfyllt: 0", "○ Ej uppfyllt: 0", "Ingen uppgift: 1");
        assertThat(TestSite.html(site, "historik.html").select("#historik-mal-battre-rehabilitering dt").text())
                .isEqualTo("Uppföljning per 2019-11-18: Ingen uppgift");
    }

    @Test
    void anAreaCountsEveryActivityTheUnassessedAsNoInformation() {
        Path site = commentedWithoutStatus().build();

        Document areas = TestSite.html(site, "omraden.html");
        assertThat(areas.select(".area-list > li").first().ownText()).isEqualTo("– 4 aktiviteter");
        assertThat(areas.select(".area-list > li").first().select("ul.counts li")).extracting(li -> li.text())
                .containsExactly("✔ Genomförd: 1", "◔ Pågår: 0", "Ingen uppgift: 3");
        assertThat(TestSite.html(site, "omrade-rehabilitering.html").select("ul.counts li")).extracting(li -> li.text())
                .containsExactly("✔ Genomförd: 1", "◔ Pågår: 0", "Ingen uppgift: 3");
    }

    @Test
    void aFollowUpThatAssessesNothingCountsNoInformationOnlyNotARowOfZeros() {
        Path site = TestSite.minimal(dir).with("followups/2019-11-18/followup.yaml", """
                date: 2019-11-18
                partial: true
                """).build();
        Document home = TestSite.html(site, "index.html");

        assertThat(home.select("ul.counts li")).extracting(li -> li.text()).containsExactly("Ingen uppgift: 2");
        assertThat(TestSite.html(site, "uppfoljning-2019-11-18.html").select("ul.counts li"))
                .extracting(li -> li.text()).containsExactly("Ingen uppgift: 2", "Ingen uppgift: 2");
    }

    @Test
    void openDataLeavesOutTheStatusThatIsNotGiven() throws Exception {
        String json = Files.readString(commentedWithoutStatus().build().resolve("data/lup.json"));

        assertThat(json).contains("""
                      "goals" : [
                        {
                          "id" : "battre-rehabilitering",
                          "reconstructed" : false,
                          "comment" : "Bedöms först när rutinerna har använts ett år."
                        },
                        {
                          "id" : "lagre-sjuktal",
                          "status" : "uppfyllt",
                """);
    }

    @Test
    void aPlanWhoseSourceGivesNeitherDateNorBodyPrintsNoAdoption() {
        Path site = TestSite.minimal(dir).with("plan.yaml", planWithAdopted("")).build();

        assertThat(TestSite.html(site, "index.html").select("p.lead").text()).isEqualTo("Region Test.");
    }

    @Test
    void aPlanWithADateButNoBodySaysWhenOnly() {
        Path site = TestSite.minimal(dir).with("plan.yaml", planWithAdopted("""
                adopted:
                  date: 2018
                """)).build();

        assertThat(TestSite.html(site, "index.html").select("p.lead").text()).isEqualTo("Region Test. Fastställd 2018.");
    }

    @Test
    void checkAcceptsACommentWithoutAStatusAndWarnsWhenThereIsNeither() {
        TestSite site = TestSite.minimal(dir).with("followups/2019-11-18/followup.yaml", """
                date: 2019-11-18
                goals:
                  battre-rehabilitering:
                    comment: Bedöms inte i år.
                  lagre-sjuktal:
                    comment: ""
                activities:
                  rutiner:
                    status: genomford
                  utbildning: {}
                """);

        assertThat(site.problems()).containsExactly(
                "content/followups/2019-11-18/followup.yaml:5:3: varning: Målet \"lagre-sjuktal\" har varken status "
                        + "eller kommentar. Skriv status och kommentar, eller bara en kommentar om varför det inte bedöms.",
                "content/followups/2019-11-18/followup.yaml:10:3: varning: Aktiviteten \"utbildning\" har varken "
                        + "status eller notering. Skriv status och notering, eller bara en notering om varför den inte "
                        + "bedöms.");
    }

    /** The minimal site's plan with its {@code adopted:} block replaced by {@code adopted}. */
    private String planWithAdopted(String adopted) {
        String plan = new String(TestSite.minimal(dir).files().get("plan.yaml"), StandardCharsets.UTF_8);
        return plan.replace("""
                adopted:
                  date: 2015
                  body: Regionfullmäktige
                """, adopted);
    }
}
