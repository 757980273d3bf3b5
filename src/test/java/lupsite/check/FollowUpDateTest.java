package lupsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/** Follow-ups dated to the year or month, and partial follow-ups that record only what their source says. */
class FollowUpDateTest {

    @TempDir
    Path dir;

    @Test
    void aPartialFollowUpKnownToTheYearNeedsNoStatusesAndComesFirst() {
        TestSite site = TestSite.minimal(dir)
                .with("followups/2018/followup.yaml", "date: 2018\npartial: true\ngoals:\n  lagre-sjuktal:\n    status: uppfyllt\n")
                .with("followups/2018/summary.md", "Hösten 2018.\n");
        assertThat(site.problems()).isEmpty();

        Path out = site.build();
        assertThat(TestSite.html(out, "uppfoljningar.html").select("main li a:first-child").eachText())
                .containsExactly("Lägesavstämning per 2019-11-18", "Uppföljning per 2018");
        assertThat(TestSite.html(out, "uppfoljning-2018.html").select("h1").text()).isEqualTo("Uppföljning per 2018");
    }

    @Test
    void aFollowUpThatIsNotPartialMustNameEveryGoal() {
        assertThat(TestSite.minimal(dir)
                .with("followups/2018-10/followup.yaml", "date: 2018-10\ngoals:\n  lagre-sjuktal:\n    status: uppfyllt\n")
                .problems()).containsExactly(
                "content/followups/2018-10/followup.yaml:1:1: varning: Aktiviteten \"rutiner\" saknas i uppföljningen. "
                        + "Lägg till den under activities: med status och notering.",
                "content/followups/2018-10/followup.yaml:1:1: varning: Aktiviteten \"utbildning\" saknas i "
                        + "uppföljningen. Lägg till den under activities: med status och notering.",
                "content/followups/2018-10/followup.yaml:2:1: varning: Målet \"battre-rehabilitering\" saknas i "
                        + "uppföljningen. Lägg till det under goals: med status och kommentar.");
    }

    @Test
    void followUpsThatCannotBeOrderedAreAnError() {
        assertThat(TestSite.minimal(dir)
                .with("followups/2019/followup.yaml", "date: 2019\npartial: true\n")
                .problems()).containsExactly(
                "content/followups/2019-11-18/followup.yaml:1:1: Uppföljningarna 2019 och 2019-11-18 kan inte ordnas "
                        + "i tid: den ena kan ligga inom den andra. Ange dagen (ÅÅÅÅ-MM-DD) eller månaden för den som "
                        + "bara har år eller månad.");
    }

    @Test
    void theFolderIsNamedAfterTheDate() {
        assertThat(TestSite.minimal(dir)
                .with("followups/2018-hosten/followup.yaml", "date: 2018\npartial: true\n")
                .problems()).containsExactly(
                "content/followups/2018-hosten/followup.yaml:1:7: Datumet 2018 stämmer inte med mappens namn "
                        + "\"2018-hosten\". Mappen ska heta som uppföljningens datum: ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM eller "
                        + "ÅÅÅÅ om dagen inte är känd.");
    }
}
