package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.testsupport.TestSite;

/** A template cannot reach Java: ?api and ?new stop the build at their place, and nothing is written. */
class TemplateSafetyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "?api | ${site?api.getClass()} | 4:5: Mallfel: ?api är avstängt. En mall får bara läsa värdena den får (site, msg, page, current), aldrig anropa Java.",
        "?new | <#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")} | 4:3: Mallfel: ?new är avstängt. En mall får inte skapa Java-objekt.",
        "?new of ObjectConstructor | <#assign o = \"freemarker.template.utility.ObjectConstructor\"?new()> | 4:3: Mallfel: ?new är avstängt. En mall får inte skapa Java-objekt."})
    void refusesAccessToJava(String name, String line, String message, @TempDir Path dir) throws IOException {
        Path templates = TestSite.copyTemplates(dir.resolve("templates"));
        Path index = templates.resolve("index.ftlh");
        String text = Files.readString(index, StandardCharsets.UTF_8);
        int afterFirstLine = text.indexOf('\n') + 1;
        int afterThirdLine = text.indexOf('\n', text.indexOf('\n', afterFirstLine) + 1) + 1;
        Files.writeString(index, text.substring(0, afterThirdLine) + "  " + line + "\n" + text.substring(afterThirdLine),
                StandardCharsets.UTF_8);
        Path content = TestSite.minimal(dir).write();
        Path out = dir.resolve("site");

        assertThatThrownBy(() -> Pipeline.build(new Pipeline.Options(content, templates, out, false), new Problems()))
                .isInstanceOf(RenderException.class)
                .hasMessage(templates.toString().replace('\\', '/') + "/index.ftlh:" + message);
        assertThat(out).doesNotExist();
    }

}
