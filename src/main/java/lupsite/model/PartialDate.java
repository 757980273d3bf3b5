package lupsite.model;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A date known to the year, the month or the day (decisions are often cited as "2015", and an undated memo
 * is known only to its year). Ordered by the first day it may mean; {@link #toString()} is its ISO form.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public static final int UNKNOWN = 0;

    private static final Comparator<PartialDate> ORDER = Comparator.comparingInt(PartialDate::year)
            .thenComparingInt(PartialDate::month).thenComparingInt(PartialDate::day);

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public String iso() {
        // Not String.format: every link to a follow-up is made from its date, tens of thousands per build.
        StringBuilder iso = padded(new StringBuilder(10), year, 4);
        if (month != UNKNOWN) {
            padded(iso.append('-'), month, 2);
            if (day != UNKNOWN) {
                padded(iso.append('-'), day, 2);
            }
        }
        return iso.toString();
    }

    private static StringBuilder padded(StringBuilder to, int value, int width) {
        String digits = Integer.toString(value);
        return to.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }

    /** The first day this may mean: 2018 is 2018-01-01, for what needs a day (a PDF's creation date). */
    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day this may mean: 2018 is 2018-12-31, 2019-02 is 2019-02-28. */
    public LocalDate lastDay() {
        if (day != UNKNOWN) {
            return LocalDate.of(year, month, day);
        }
        return month == UNKNOWN ? LocalDate.of(year, 12, 31) : LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
    }

    /** True when this is known to the day. */
    public boolean isDay() {
        return day != UNKNOWN;
    }

    /** True when both could mean the same day: one is the other, or lies within it ("2018" and "2018-11-20"). */
    public boolean overlaps(PartialDate other) {
        return year == other.year
                && (month == UNKNOWN || other.month == UNKNOWN || month == other.month)
                && (month == UNKNOWN || other.month == UNKNOWN || day == UNKNOWN || other.day == UNKNOWN
                        || day == other.day);
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return iso();
    }
}
