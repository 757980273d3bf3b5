package lupsite.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measurable goal's target: the value of {@code seriesId} (minus {@code compareToSeriesId}, when given)
 * shall have changed in {@code direction} by at least {@code amount} since {@code baseline}.
 */
public record Target(
        String indicatorId,
        String seriesId,
        String compareToSeriesId,
        LocalDate baseline,
        Direction direction,
        BigDecimal amount,
        Position position) {

    public enum Direction { DECREASE, INCREASE }

    public boolean comparesSeries() {
        return compareToSeriesId != null;
    }
}
