package lupsite.model;

/** One step of a status scale, e.g. "delvis-uppfyllt": data from plan.yaml, not code. */
public record Status(String id, String label, String symbol, String color, int rank) {
}
