package lupsite.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * The Nu Html Checker (vnu, {@code nu.validator:validator}) run in this JVM, like
 * {@code java -jar vnu.jar --errors-only --no-langdetect FILES}. The HTML schemas come from
 * the jar (its local entity cache); nothing is fetched, since files are checked without
 * loading external entities.
 *
 * <p>Not thread-safe: use one instance from one thread. Building it (loading the schema)
 * is the slow part, so check all files with one instance.
 */
public final class NuHtmlChecker {

    /** One error: file, 1-based line and column, and vnu's message. */
    public record Message(Path file, int line, int column, String text) {
        public String format(Path base) {
            Path shown = base == null ? file : base.toAbsolutePath().relativize(file.toAbsolutePath());
            return shown + ":" + line + ":" + column + ": error: " + text;
        }
    }

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public NuHtmlChecker() {
        // What vnu's --errors-only does: datatype problems that are only warnings stay quiet.
        System.setProperty("nu.validator.datatype.warn", "false");
        // (initializeLog4j, logUrls, enableLanguageDetection): language detection only ever
        // gives warnings, and it is slow to load, so it is off.
        validator = new SimpleDocumentValidator(false, false, false);
        try {
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
            // (errorHandler, noStream, loadEntities)
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("could not set up the Nu Html Checker", e);
        }
        validator.setAllowCss(false);
    }

    /** The checker's version, from its jar's manifest, e.g. "26.5.2". */
    public static String version() {
        return String.valueOf(SimpleDocumentValidator.class.getPackage().getImplementationVersion());
    }

    /** Errors (and fatal errors) in one HTML file. */
    public List<Message> check(Path htmlFile) {
        collector.start(htmlFile);
        try {
            validator.checkHtmlFile(htmlFile.toFile(), true);
        } catch (SAXParseException e) {
            // Already reported to the handler as a fatal error.
        } catch (IOException | SAXException e) {
            collector.messages.add(new Message(htmlFile, 0, 0, "could not check: " + e));
        }
        return List.copyOf(collector.messages);
    }

    /** Errors in all the given files, in order. */
    public List<Message> checkAll(Collection<Path> htmlFiles) {
        List<Message> all = new ArrayList<>();
        for (Path f : htmlFiles) {
            all.addAll(check(f));
        }
        return all;
    }

    /** A readable report with paths relative to {@code base}, or "" when there are no errors. */
    public static String report(List<Message> messages, Path base) {
        if (messages.isEmpty()) return "";
        return messages.size() + " Nu Html Checker error(s):\n"
                + messages.stream().map(m -> "  " + m.format(base)).collect(Collectors.joining("\n"));
    }

    private static final class Collector implements ErrorHandler {
        private Path file;
        private final List<Message> messages = new ArrayList<>();

        void start(Path f) {
            file = f;
            messages.clear();
        }

        @Override
        public void warning(SAXParseException e) {
            // --errors-only
        }

        @Override
        public void error(SAXParseException e) {
            add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(e);
        }

        private void add(SAXParseException e) {
            if (file == null) {
                // The schema itself failed to load: that is a setup problem, not a page's.
                throw new IllegalStateException("vnu schema error: " + e.getMessage(), e);
            }
            messages.add(new Message(file, e.getLineNumber(), e.getColumnNumber(),
                    String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip()));
        }
    }
}
