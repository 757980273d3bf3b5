package lupsite.write;

import java.io.IOException;

/**
 * A folder lup-site will not write to, because writing would delete or expose something that is not its own.
 * The message is a Swedish sentence naming the folder and what to do instead; it is a usage error (exit 2),
 * not a failure of the disk.
 */
public final class OutputRefused extends IOException {

    public OutputRefused(String message) {
        super(message);
    }
}
