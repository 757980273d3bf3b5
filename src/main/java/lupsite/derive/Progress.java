package lupsite.derive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Whether a goal not yet due is on its way, by Open SDG's method (sdg-build's {@code ProgressMeasure}, for a
 * quantitative target): the compound annual growth rate observed from the baseline to the latest value, divided
 * by the rate that would reach the required level on the due date; R = sign · d · CAGR(observed) /
 * |CAGR(required)|, d = +1 when higher is better and -1 when lower is, sign = -1 for a negative baseline. R of at
 * least 0.95 is on track, 0.6 to 0.95 needs acceleration, 0 to 0.6 limited progress, below 0 deterioration. As
 * there, a baseline or required level of zero counts as 0.001, and a series that changes sign cannot be assessed.
 */
public record Progress(Verdict verdict, double observedRate, double requiredRate, double ratio) {

    public enum Verdict { ON_TRACK, NEEDS_ACCELERATION, LIMITED, DETERIORATING }

    static final double ON_TRACK = 0.95;
    static final double NEEDS_ACCELERATION = 0.6;
    private static final double ZERO = 0.001;

    /** Empty when the method cannot judge: no time between baseline and latest, or a change of sign. */
    static Optional<Progress> assess(LocalDate baseDay, BigDecimal base, LocalDate latestDay, BigDecimal latest,
                                     LocalDate dueDay, BigDecimal required, boolean decrease) {
        double y0 = nonZero(base.doubleValue());
        double yi = latest.doubleValue();
        double yT = nonZero(required.doubleValue());
        double observedYears = years(baseDay, latestDay);
        double requiredYears = years(baseDay, dueDay);
        if (observedYears <= 0 || requiredYears <= 0 || Math.signum(y0) != Math.signum(yi)
                || Math.signum(y0) != Math.signum(yT)) {
            return Optional.empty();
        }
        double observed = rate(yi, y0, observedYears);
        double needed = rate(yT, y0, requiredYears);
        if (needed == 0) {
            return Optional.empty();
        }
        double ratio = Math.signum(y0) * (decrease ? -1 : 1) * observed / Math.abs(needed);
        Verdict verdict = ratio >= ON_TRACK ? Verdict.ON_TRACK : ratio >= NEEDS_ACCELERATION
                ? Verdict.NEEDS_ACCELERATION : ratio >= 0 ? Verdict.LIMITED : Verdict.DETERIORATING;
        return Optional.of(new Progress(verdict, observed, needed, ratio));
    }

    /** Compound annual growth rate from {@code from} to {@code to} over {@code years}. */
    static double rate(double to, double from, double years) {
        return Math.pow(to / from, 1 / years) - 1;
    }

    /** Whole years, then the rest as a share of the next year: year-end to year-end is a whole number. */
    static double years(LocalDate from, LocalDate to) {
        long whole = ChronoUnit.YEARS.between(from, to);
        LocalDate anniversary = from.plusYears(whole);
        return whole + (double) ChronoUnit.DAYS.between(anniversary, to)
                / ChronoUnit.DAYS.between(anniversary, anniversary.plusYears(1));
    }

    private static double nonZero(double value) {
        return value == 0 ? ZERO : value;
    }
}
