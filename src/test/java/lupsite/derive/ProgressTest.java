package lupsite.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Open SDG's progress measure for a quantitative target (sdg-build's ProgressMeasure, methodology 2). */
class ProgressTest {

    private static final LocalDate Y2015 = LocalDate.of(2015, 12, 31);
    private static final LocalDate Y2019 = LocalDate.of(2019, 12, 31);

    private static Progress assess(String base, String latest, LocalDate due, String required, boolean decrease) {
        return Progress.assess(Y2015, new BigDecimal(base), Y2019, new BigDecimal(latest), due,
                new BigDecimal(required), decrease).orElseThrow();
    }

    /**
     * sdg-build's own test data, tests/assets/progress-calculation: indicator 3-3-3 (headline 1.55 in 2015, 1.82
     * in 2019), configured "direction: negative, target: 0", target year 2030 by default. The target of zero
     * counts as 0.001; R = -1 · 0.04096 / |-0.38721| = -0.1058, below 0: deterioration.
     */
    @Test
    void sdgBuildsIndicator333IsDeteriorating() {
        Progress progress = assess("1.55", "1.82", LocalDate.of(2030, 12, 31), "0", true);

        assertThat(progress.observedRate()).isCloseTo(0.040962, within(1e-6));
        assertThat(progress.requiredRate()).isCloseTo(-0.387211, within(1e-6));
        assertThat(progress.ratio()).isCloseTo(-0.105788, within(1e-6));
        assertThat(progress.verdict()).isEqualTo(Progress.Verdict.DETERIORATING);
    }

    /** From 6.0 toward 4.5 by 2022: 5.0 in 2019 is faster than needed, 5.3 too slow, 5.8 far too slow. */
    @Test
    void theRatioOfObservedToRequiredGrowthGivesTheVerdictAtOpenSdgsThresholds() {
        LocalDate due = LocalDate.of(2022, 12, 31);

        assertThat(assess("6.0", "5.0", due, "4.5", true).ratio()).isCloseTo(1.106616, within(1e-6));
        assertThat(assess("6.0", "5.0", due, "4.5", true).verdict()).isEqualTo(Progress.Verdict.ON_TRACK);
        assertThat(assess("6.0", "5.3", due, "4.5", true).ratio()).isCloseTo(0.758417, within(1e-6));
        assertThat(assess("6.0", "5.3", due, "4.5", true).verdict()).isEqualTo(Progress.Verdict.NEEDS_ACCELERATION);
        assertThat(assess("6.0", "5.8", due, "4.5", true).verdict()).isEqualTo(Progress.Verdict.LIMITED);
        assertThat(assess("6.0", "6.3", due, "4.5", true).verdict()).isEqualTo(Progress.Verdict.DETERIORATING);
        assertThat(assess("60", "75", due, "90", false).verdict()).isEqualTo(Progress.Verdict.ON_TRACK);
    }

    @Test
    void aSeriesThatChangesSignOrHasNoTimeCannotBeAssessed() {
        assertThat(Progress.assess(Y2015, new BigDecimal("3.0"), Y2019, new BigDecimal("-1.7"), LocalDate.of(2022, 12, 31),
                new BigDecimal("2.0"), true)).isEmpty();
        assertThat(Progress.assess(Y2015, new BigDecimal("3.0"), Y2015, new BigDecimal("2.0"), LocalDate.of(2022, 12, 31),
                new BigDecimal("1.0"), true)).isEmpty();
    }

    @Test
    void yearEndToYearEndIsAWholeNumberOfYears() {
        assertThat(Progress.years(Y2015, LocalDate.of(2030, 12, 31))).isEqualTo(15.0);
        assertThat(Progress.years(Y2015, LocalDate.of(2016, 6, 30))).isCloseTo(0.4973, within(1e-4));
    }
}
