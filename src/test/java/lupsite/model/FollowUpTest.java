package lupsite.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FollowUpTest {

    private static final Position AT = Position.ofFile("followups/2019-11-18/followup.yaml");
    private static final Status PAGAR = new Status("pagar", "Pågår", "◔", null, 1, Status.Meaning.ONGOING);

    private static Assessment assessment(String id) {
        return new Assessment(id, java.util.Optional.of(PAGAR), false, false, new Markdown("Notering om " + id + ".", AT), AT, AT);
    }

    private static FollowUp followUp(List<Assessment> activities) {
        return new FollowUp(PartialDate.of(LocalDate.of(2019, 11, 18)), "Lägesavstämning", false, null,
                Optional.empty(), List.of(), new Markdown("", AT), new Markdown("", AT), List.of(), activities, AT, "2015", Optional.empty());
    }

    @Test
    void findsAnAssessmentBySubjectAndKeepsFileOrder() {
        List<Assessment> activities = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            activities.add(assessment("aktivitet-" + i));
        }
        FollowUp followUp = followUp(activities);

        assertThat(followUp.activity("aktivitet-999")).contains(activities.get(999));
        assertThat(followUp.activity("finns-inte")).isEmpty();
        assertThat(followUp.activities()).containsExactlyElementsOf(activities);
    }

    @Test
    void comparesByValueAndCannotBeChanged() {
        FollowUp followUp = followUp(List.of(assessment("a"), assessment("b")));

        assertThat(followUp).isEqualTo(followUp(new ArrayList<>(List.of(assessment("a"), assessment("b")))));
        assertThat(followUp.activities()).isEqualTo(List.of(assessment("a"), assessment("b")));
        assertThatThrownBy(() -> followUp.activities().add(assessment("c")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
