package lupsite.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Tells HotSpot's JIT not to use its optimising C2 compiler in this process. A one-shot command such as
 * {@code build} ends before C2's work pays off: on 2 cores its compiler threads took about 40 % of a cold
 * build's CPU time (docs/performance.md). {@code java -jar} cannot pass {@code -XX:TieredStopAtLevel=1}, so
 * the same effect comes from a compiler directive added through the JDK's DiagnosticCommand MBean. On a JVM
 * without that MBean nothing changes.
 */
final class ShortRunCompilation {

    private static final String NO_C2 = "[{match: \"*.*\", c2: {Exclude: true}}]";

    private ShortRunCompilation() {
    }

    static void apply() {
        try {
            Path directives = Files.createTempFile("lup-site-jit", ".json");
            try {
                Files.writeString(directives, NO_C2);
                ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                        new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
            } finally {
                Files.deleteIfExists(directives);
            }
        } catch (JMException | java.io.IOException | RuntimeException | LinkageError e) {
            // Only a speed-up: any JVM that cannot take the directive builds the same site, a little slower.
        }
    }
}
