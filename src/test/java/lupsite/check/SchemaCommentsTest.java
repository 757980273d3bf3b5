package lupsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import lupsite.testsupport.TestSite;

/** The {@code $schema} comment an editor's YAML plugin follows: warned about when it leads nowhere. */
class SchemaCommentsTest {

    @TempDir
    Path root;

    private TestSite site;

    /** A repository as lup-site init lays it out: content/ and schemas/ side by side. */
    @BeforeEach
    void repository() {
        site = TestSite.minimal(root).withSchemas();
    }

    private TestSite commented(String file, String comment) {
        String text = new String(site.files().get(file), StandardCharsets.UTF_8);
        return site.with(file, text.startsWith("---\n") ? "---\n" + comment + "\n" + text.substring(4)
                : comment + "\n" + text);
    }

    @Test
    void commentsThatLeadToTheRightSchemaAreQuiet() {
        commented("plan.yaml", "# yaml-language-server: $schema=../schemas/plan.schema.json");
        commented("areas/01-rehabilitering.md", "# yaml-language-server: $schema=../../schemas/area.schema.json");
        commented("followups/2019-11-18/followup.yaml",
                "# yaml-language-server: $schema=../../../schemas/followup.schema.json");

        assertThat(site.problems()).isEmpty();
    }

    @Test
    void aCommentLeadingNowhereIsAWarningWithThePathThatWouldBeRight() {
        commented("followups/2019-11-18/followup.yaml",
                "# yaml-language-server: $schema=../../schemas/followup.schema.json");
        commented("pages/budget.md", "#yaml-language-server: $schema=../schema/page.schema.json");

        assertThat(site.problems()).containsExactly(
                "content/followups/2019-11-18/followup.yaml:1:33: varning: Schemat \"../../schemas/followup.schema.json\" "
                        + "i kommentaren yaml-language-server finns inte, så editorn kan inte visa reglerna för filen. "
                        + "Skriv $schema=../../../schemas/followup.schema.json.",
                "content/pages/budget.md:2:32: varning: Schemat \"../schema/page.schema.json\" i kommentaren "
                        + "yaml-language-server finns inte, så editorn kan inte visa reglerna för filen. "
                        + "Skriv $schema=../../schemas/page.schema.json.");
    }

    @Test
    void aCommentLeadingToAnotherKindsSchemaIsAWarning() {
        commented("goals.yaml", "# yaml-language-server: $schema=../schemas/plan.schema.json");

        assertThat(site.problems()).containsExactly("content/goals.yaml:1:33: varning: Schemat "
                + "\"../schemas/plan.schema.json\" i kommentaren yaml-language-server gäller en annan sorts fil än den "
                + "här. Skriv $schema=../schemas/goals.schema.json.");
    }

    @Test
    void withoutASchemasFolderTheWarningSaysWhereToGetOne() {
        site = TestSite.minimal(root);
        commented("plan.yaml", "# yaml-language-server: $schema=../schemas/plan.schema.json");

        assertThat(site.problems()).containsExactly("content/plan.yaml:1:33: varning: Schemat "
                + "\"../schemas/plan.schema.json\" i kommentaren yaml-language-server finns inte: mappen schemas saknas "
                + "bredvid innehållsmappen. Kopiera den från lup-site-paketet (zip-filen), så kan editorn visa reglerna "
                + "för filen.");
    }

    /** A web address cannot be followed offline; words that only mention the plugin are no comment of its. */
    @Test
    void webAddressesAndMentionsInTextAreLeftAlone() {
        commented("plan.yaml", "# yaml-language-server: $schema=https://intranat.example/schemas/plan.schema.json");
        site.appending("followups/2019-11-18/summary.md", "\nText om yaml-language-server: $schema=fel.json\n");

        assertThat(site.problems()).isEmpty();
    }
    /**
     * Visual Studio Code's settings (.vscode/, which init writes too) map every YAML file of the bundled content
     * and of init's starter to the schema check uses for it, by path alone; Markdown front matter the YAML plugin
     * does not read.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theEditorsSettingsMapEveryYamlFileToTheSchemaCheckUses() throws IOException {
        Map<String, Object> settings = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(Path.of(".vscode/settings.json")));
        Map<String, List<String>> globs = (Map<String, List<String>>) settings.get("yaml.schemas");
        List<String> mapped = new ArrayList<>();
        for (Path content : List.of(Path.of("content"), Path.of("src/main/resources/lupsite/init/content"),
                Path.of("examples/flera-planer"))) {
            try (Stream<Path> files = Files.walk(content)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    String inContent = content.relativize(file).toString().replace('\\', '/');
                    List<String> schemas = globs.entrySet().stream()
                            .filter(e -> e.getValue().stream().anyMatch(glob -> FileSystems.getDefault()
                                    .getPathMatcher("glob:" + glob).matches(Path.of("/arbete/lup", "content", inContent))))
                            .map(Map.Entry::getKey).toList();
                    assertThat(schemas).as(inContent)
                            .containsExactly("./schemas/" + SchemaComments.kindOf(inContent).orElseThrow().fileName());
                    mapped.addAll(schemas);
                }
            }
        }
        assertThat(globs.keySet()).allSatisfy(schema -> assertThat(Path.of(schema)).exists());
        assertThat(mapped).containsAll(globs.keySet());
    }
}
