package lupsite.render;

/** One file of the site: where it goes and how to make its bytes (run later, in parallel with the others). */
public record Output(String path, Producer producer) {

    @FunctionalInterface
    public interface Producer {
        byte[] produce() throws RenderException;
    }
}
