package lupsite.model;

/** A time horizon of the plan's goals, in years from adoption, with the sentence that introduces them. */
public record Horizon(int years, String lead) {
}
