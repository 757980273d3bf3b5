package lupsite.render;

/** A template or asset could not be rendered; the message names the template file, line and column. */
public final class RenderException extends Exception {

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
