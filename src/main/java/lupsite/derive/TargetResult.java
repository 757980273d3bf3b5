package lupsite.derive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import lupsite.model.Target;

/**
 * A measurable goal's target evaluated on the data: the measure at baseline (null for a level target without
 * one) and at the latest date with data, the change in the target's direction (positive = progress; in per cent
 * for a percent target; null without a baseline), the level {@code required}, and whether the latest value
 * reaches it. {@code dueDay} is the goal's deadline (null when it has none); {@code pending} says it lies ahead
 * of the moment evaluated, and {@code progress} is then the verdict on the way there, when one can be made.
 */
public record TargetResult(
        Target target,
        BigDecimal baselineValue,
        LocalDate latestDate,
        BigDecimal latestValue,
        BigDecimal change,
        BigDecimal required,
        boolean met,
        LocalDate dueDay,
        boolean pending,
        Optional<Progress> progress) {
}
