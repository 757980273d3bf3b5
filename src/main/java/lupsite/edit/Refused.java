package lupsite.edit;

/** Why an editing command changed nothing, in a sentence for the editor. */
public final class Refused extends Exception {

    public Refused(String message) {
        super(message, null, false, false);
    }
}
