package lupsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark programs in bench/ are run as source files against the jar, so nothing else compiles them: a
 * change to the code they call would break them unnoticed until someone measures.
 */
class BenchProgramsTest {

    @TempDir
    Path classes;

    @Test
    void everyBenchProgramCompilesAgainstTheCurrentCode() throws IOException {
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-proc:none",
                "-cp", System.getProperty("java.class.path")));
        try (Stream<Path> programs = Files.list(Path.of("bench"))) {
            programs.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> args.add(p.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        int exit = javac.run(null, errors, errors, args.toArray(String[]::new));

        assertThat(args).anyMatch(a -> a.endsWith("Stages.java")).anyMatch(a -> a.endsWith("PdfBench.java"));
        assertThat(exit).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    }
}
