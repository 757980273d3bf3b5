package lupsite.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/**
 * A measurable goal's target on the value of {@code seriesId} (minus {@code compareToSeriesId}, when given): a level
 * to stay at or beyond ({@code atMost}, {@code atLeast}), or a change since {@code baseline} by at least
 * {@code amount}, absolute or in per cent of the baseline value. {@code baseline} is null only for a level.
 */
public record Target(
        String indicatorId,
        String seriesId,
        String compareToSeriesId,
        LocalDate baseline,
        Kind kind,
        BigDecimal amount,
        Position position) {

    /** How the target is stated, under the YAML key {@code key}; {@code decrease}: lower values are better. */
    public enum Kind {
        AT_MOST("atMost", true),
        AT_LEAST("atLeast", false),
        DECREASE_BY("decreaseBy", true),
        INCREASE_BY("increaseBy", false),
        DECREASE_BY_PERCENT("decreaseByPercent", true),
        INCREASE_BY_PERCENT("increaseByPercent", false);

        public final String key;
        public final boolean decrease;

        Kind(String key, boolean decrease) {
            this.key = key;
            this.decrease = decrease;
        }

        public boolean isLevel() {
            return this == AT_MOST || this == AT_LEAST;
        }

        public boolean isPercent() {
            return this == DECREASE_BY_PERCENT || this == INCREASE_BY_PERCENT;
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public boolean comparesSeries() {
        return compareToSeriesId != null;
    }

    /** The level the measure must reach, given its value at the baseline (ignored for a level target). */
    public BigDecimal required(BigDecimal baselineValue) {
        BigDecimal sign = kind.decrease ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        return switch (kind) {
            case AT_MOST, AT_LEAST -> amount;
            case DECREASE_BY, INCREASE_BY -> baselineValue.add(sign.multiply(amount));
            case DECREASE_BY_PERCENT, INCREASE_BY_PERCENT -> baselineValue.add(sign.multiply(baselineValue.abs())
                    .multiply(amount).divide(HUNDRED, MathContext.DECIMAL64));
        };
    }

    /** True when {@code value} is at or beyond {@code required} in the target's direction. */
    public boolean reaches(BigDecimal value, BigDecimal required) {
        int compared = value.compareTo(required);
        return kind.decrease ? compared <= 0 : compared >= 0;
    }

    /**
     * The change from {@code baselineValue} to {@code value} in the target's direction (positive = progress): in
     * the measure's unit, or for a percent target in per cent of the baseline value.
     */
    public BigDecimal change(BigDecimal baselineValue, BigDecimal value) {
        BigDecimal change = kind.decrease ? baselineValue.subtract(value) : value.subtract(baselineValue);
        return kind.isPercent() && baselineValue.signum() != 0
                ? change.multiply(HUNDRED).divide(baselineValue.abs(), MathContext.DECIMAL64) : change;
    }
}
