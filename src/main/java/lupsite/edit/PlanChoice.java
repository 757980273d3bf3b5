package lupsite.edit;

import java.util.List;

import lupsite.derive.Derived;
import lupsite.pipeline.Pipeline;

/** Which plan an editing command works on: the one plan of a site, or the one {@code --plan} names. */
final class PlanChoice {

    private PlanChoice() {
    }

    /** {@code planId} empty when none was named. */
    static Derived of(Pipeline.Checked checked, String planId) throws Refused {
        List<String> ids = checked.plans().stream().map(d -> d.content().plan().id()).toList();
        if (planId.isEmpty() && !ids.get(0).isEmpty()) {
            throw new Refused("Webbplatsen har flera planer (" + String.join(", ", ids) + "). Ange vilken med --plan, "
                    + "t.ex. --plan " + ids.get(0) + ".");
        }
        return checked.plan(planId).orElseThrow(() -> new Refused(ids.get(0).isEmpty()
                ? "Webbplatsen har bara en plan, så --plan behövs inte. Ta bort --plan " + planId + "."
                : "Planen \"" + planId + "\" finns inte i plans/. Planerna är " + String.join(", ", ids) + "."));
    }
}
