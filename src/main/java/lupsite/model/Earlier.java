package lupsite.model;

/**
 * How an item read before a revision: in the versions before {@code until} (back to the previous
 * {@code Earlier}, or to its introduction) the item was {@code value}.
 */
public record Earlier<T>(String until, T value, Position position) {
}
