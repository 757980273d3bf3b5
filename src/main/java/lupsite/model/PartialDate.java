package lupsite.model;

/** A date known to the year, the month or the day (decisions are often cited as "2015"). */
public record PartialDate(int year, int month, int day) {

    public static final int UNKNOWN = 0;

    public String iso() {
        if (month == UNKNOWN) {
            return String.format("%04d", year);
        }
        if (day == UNKNOWN) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
