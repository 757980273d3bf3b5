package lupsite.render;

/**
 * One file of the site: where it goes and how to make its bytes (run later, in parallel with the others).
 * {@code inputs}, when not null, is everything the bytes are made from (template and view records, which
 * compare by value): equal inputs give equal bytes, so an incremental build may reuse the earlier bytes.
 */
public record Output(String path, Object inputs, Producer producer) {

    /** A file whose inputs are not tracked; it is always produced again. */
    public Output(String path, Producer producer) {
        this(path, null, producer);
    }

    @FunctionalInterface
    public interface Producer {
        byte[] produce() throws RenderException;
    }
}
