package lupsite.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The program as its output names it: in every PDF's metadata, every page's generator tag, data/lup.json and
 * {@code lup-site -V}, so that anyone holding a file can tell which release made it.
 */
public final class Generator {

    /** The Maven project version, e.g. 0.1.0. */
    public static final String VERSION = read();

    /** "lup-site 0.1.0". */
    public static final String NAME = "lup-site " + VERSION;

    private Generator() {
    }

    private static String read() {
        try (InputStream in = Generator.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("Missing resource lupsite/render/version.properties");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
