package lupsite.derive;

import java.math.BigDecimal;
import java.time.LocalDate;

import lupsite.model.Target;

/**
 * A measurable goal's target evaluated on the data: the measure at baseline and at the latest date with data,
 * the change in the target's direction (positive = progress), and whether it reaches the required amount.
 */
public record TargetResult(
        Target target,
        BigDecimal baselineValue,
        LocalDate latestDate,
        BigDecimal latestValue,
        BigDecimal change,
        boolean met) {
}
