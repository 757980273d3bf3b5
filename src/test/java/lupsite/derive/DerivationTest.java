package lupsite.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.model.PartialDate;
import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.testsupport.TestSite;

class DerivationTest {

    @TempDir
    Path dir;

    private Derived derive(TestSite site, Problems problems) {
        return Pipeline.check(site.write(), problems).orElseThrow().derived();
    }

    @Test
    void aGapReducedByMoreThanTheTargetIsMet() {
        Derived derived = derive(TestSite.minimal(dir), new Problems());
        TargetResult result = derived.target("lagre-sjuktal").orElseThrow();

        assertThat(result.baselineValue()).isEqualByComparingTo("3.0");
        assertThat(result.latestDate()).isEqualTo(LocalDate.of(2019, 9, 30));
        assertThat(result.latestValue()).isEqualByComparingTo("-1.7");
        assertThat(result.change()).isEqualByComparingTo(new BigDecimal("4.7"));
        assertThat(result.met()).isTrue();
    }

    @Test
    void aStatusThatContradictsTheDataIsAWarningWithTheProposal() {
        Problems problems = new Problems();
        derive(TestSite.minimal(dir).with("goals.yaml", """
                goals:
                  - id: battre-rehabilitering
                    horizon: 4
                    text: Bättre rehabilitering.
                  - id: lagre-sjuktal
                    horizon: 4
                    text: Lägre sjuktal.
                    target:
                      indicator: sjuktal
                      series: lanet
                      compareTo: riket
                      baseline: 2014-12-31
                      decreaseBy: 5
                """), problems);
        assertThat(problems.all()).hasSize(1);
        assertThat(problems.all().get(0).format("content/")).isEqualTo("content/followups/2019-11-18/followup.yaml:"
                + "8:13: varning: Statusen \"uppfyllt\" motsäger mätvärdena: målet är inte uppnått enligt indikatorn "
                + "(förändring 4,7 sedan 2014-12-31). Föreslagen status: ej-uppfyllt.");
    }

    @Test
    void changesListWhatMovedSinceThePreviousFollowUp() {
        Derived derived = derive(TestSite.minimal(dir).with("followups/2020-11-18/followup.yaml", """
                date: 2020-11-18
                goals:
                  battre-rehabilitering:
                    status: uppfyllt
                    comment: Rutiner finns. Implementering pågår.
                  lagre-sjuktal:
                    status: uppfyllt
                    comment: Skillnaden har minskat.
                activities:
                  rutiner:
                    status: genomford
                    note: Rutinerna är klara.
                  utbildning:
                    status: pagar
                    note: Utbildningen är halvvägs.
                """), new Problems());

        assertThat(derived.changes(new PartialDate(2020, 11, 18)))
                .extracting(Change::subjectId, Change::statusChanged, Change::textChanged)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("battre-rehabilitering", true, false),
                        org.assertj.core.groups.Tuple.tuple("utbildning", false, true));
        assertThat(derived.changes(new PartialDate(2019, 11, 18))).hasSize(4).allMatch(Change::isNew);
    }

    @Test
    void swedishNumbersUseADecimalCommaAndNoBreakSpacesBetweenThousands() {
        assertThat(SwedishNumbers.format(new BigDecimal("6250000"), 0)).isEqualTo("6\u00A0250\u00A0000");
        assertThat(SwedishNumbers.format(new BigDecimal("-1.75"), 1)).isEqualTo("\u22121,8");
        assertThat(SwedishNumbers.format(new BigDecimal("4.7"), 1)).isEqualTo("4,7");
        assertThat(SwedishNumbers.format(new BigDecimal("1234.5"), 2)).isEqualTo("1\u00A0234,50");
        assertThat(SwedishNumbers.value(new BigDecimal("1840"), 0, true)).isEqualTo("ca\u00A01\u00A0840");
    }
}
