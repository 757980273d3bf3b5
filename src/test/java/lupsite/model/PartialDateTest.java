package lupsite.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void isoFormShowsWhatIsKnownZeroPadded() {
        assertThat(new PartialDate(2018, PartialDate.UNKNOWN, PartialDate.UNKNOWN).iso()).isEqualTo("2018");
        assertThat(new PartialDate(2019, 3, PartialDate.UNKNOWN).iso()).isEqualTo("2019-03");
        assertThat(new PartialDate(2019, 11, 8).iso()).isEqualTo("2019-11-08");
        assertThat(new PartialDate(987, 1, 2)).hasToString("0987-01-02");
    }
}
