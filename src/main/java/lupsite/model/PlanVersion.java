package lupsite.model;

/**
 * One adopted version of the plan: the first (plan.yaml's {@code adopted}) or a revision listed under
 * {@code versions}. {@code index} is its place in that order, 0 for the first; {@code title} is the plan's
 * title from this version on, and {@code changes} what the revision changed (blank for the first version).
 */
public record PlanVersion(String id, int index, Decision adopted, String title, Markdown changes, Position position) {

    public boolean isBefore(PlanVersion other) {
        return index < other.index;
    }
}
