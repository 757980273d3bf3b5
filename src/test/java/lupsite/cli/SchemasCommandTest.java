package lupsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import lupsite.testsupport.TestSite;

/** {@code lup-site schemas}: the schemas beside the content, with the plan's ids for the editor's YAML plugin. */
class SchemasCommandTest {

    @TempDir
    Path root;

    private final Console console = new Console();

    private TestSite commented() {
        TestSite site = TestSite.minimal(root).withSchemas();
        String followUp = new String(site.files().get("followups/2019-11-18/followup.yaml"));
        return site.with("followups/2019-11-18/followup.yaml",
                "# yaml-language-server: $schema=../../../schemas/followup.schema.json\n" + followUp);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> schema(String name) throws IOException {
        return (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(root.resolve("schemas").resolve(name)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> schema, String... path) {
        Map<String, Object> node = schema;
        for (String key : path) {
            node = (Map<String, Object>) node.get(key);
        }
        return node;
    }

    @Test
    void writesTheStatusesAndIdsOfThePlanIntoTheSchemasBesideTheContent() throws IOException {
        Path content = commented().write();

        assertThat(console.run("schemas", "--content", content.toString())).isZero();

        assertThat(console.out()).isEqualTo("Skrev 9 scheman i " + root.resolve("schemas") + "/ med planens statusar, "
                + "id:n och versioner. Checka in dem tillsammans med innehållet.\n");
        Map<String, Object> followUp = schema("followup.schema.json");
        assertThat(followUp.get("$comment")).isEqualTo("Skrivet av lup-site schemas för just det här innehållet: "
                + "statusar, id:n och versioner ur planen. Kör lup-site schemas igen när de ändras.");
        assertThat(at(followUp, "definitions", "goalStatus").get("enum"))
                .isEqualTo(List.of("uppfyllt", "delvis-uppfyllt", "ej-uppfyllt"));
        assertThat(at(followUp, "definitions", "goalStatus").get("enumDescriptions"))
                .isEqualTo(List.of("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"));
        assertThat(at(followUp, "definitions", "activityStatus").get("enum")).isEqualTo(List.of("genomford", "pagar"));
        assertThat(at(followUp, "properties", "goals", "propertyNames").get("enum"))
                .isEqualTo(List.of("battre-rehabilitering", "lagre-sjuktal"));
        assertThat(at(followUp, "properties", "goals", "properties", "lagre-sjuktal")).isEqualTo(Map.of(
                "$ref", "#/definitions/assessment-comment", "description", "Lägre sjuktal än 2014."));
        assertThat(at(followUp, "properties", "activities", "properties", "rutiner").get("description"))
                .isEqualTo("Samordnad rehabilitering: Ta fram rutiner.");
        // The first version's id is its adoption year, which YAML reads as a number when written unquoted.
        assertThat(at(followUp, "properties", "planVersion").get("enum")).isEqualTo(List.of("2015", 2015));
        assertThat(at(followUp, "properties", "pages", "items").get("enum")).isEqualTo(List.of("budget"));
        Map<String, Object> goals = schema("goals.schema.json");
        assertThat(at(goals, "properties", "goals", "items", "properties", "area").get("enum"))
                .isEqualTo(List.of("rehabilitering"));
        assertThat(at(goals, "definitions", "target", "properties", "indicator").get("enum"))
                .isEqualTo(List.of("sjuktal"));
        assertThat(at(schema("page.schema.json"), "properties", "parent").get("enum")).isEqualTo(List.of("budget"));
        // The rules are those of the schemas in the jar, which check uses.
        assertThat(at(schema("plan.schema.json"), "properties")).isEqualTo(at(
                (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(
                        Files.readString(Path.of("schemas/plan.schema.json"))), "properties"));

        console.clear();
        assertThat(console.run("check", "--content", content.toString())).isZero();
        assertThat(console.err()).isEmpty();
        console.clear();
        assertThat(console.run("schemas", "--content", content.toString())).isZero();
        assertThat(console.out()).isEqualTo("Schemana i " + root.resolve("schemas") + "/ stämmer redan med innehållet. "
                + "Inget skrevs.\n");
    }

    /** Written for the plan as it was, a schema would underline a new status as wrong: check says to write it again. */
    @Test
    void checkWarnsWhenAWrittenSchemaNoLongerAgreesWithThePlan() throws IOException {
        TestSite site = commented();
        Path content = site.write();
        assertThat(console.run("schemas", "--content", content.toString())).isZero();
        // Written straight into the folder: a TestSite copies the generic schemas again on every write.
        Path plan = content.resolve("plan.yaml");
        Files.writeString(plan, Files.readString(plan).replace("activityStatuses:\n", """
                  - id: ej-bedomt
                    label: Ej bedömt
                    symbol: "–"
                    meaning: notAssessed
                activityStatuses:
                """));

        assertThat(TestSite.problemsIn(content)).containsExactly("content/followups/2019-11-18/followup.yaml:1:33: varning: Schemat "
                + "\"../../../schemas/followup.schema.json\" i kommentaren yaml-language-server skrevs av lup-site schemas "
                + "och stämmer inte längre med planens statusar, id:n och versioner (eller med den här versionen av "
                + "lup-site), så editorn kan stryka under värden som är rätt. Kör lup-site schemas.");

        console.clear();
        assertThat(console.run("schemas", "--content", content.toString())).isZero();
        assertThat(console.out()).startsWith("Skrev 1 schema i ");
        assertThat(TestSite.problemsIn(content)).isEmpty();
    }

    /** A copy of the schemas from the zip knows no plan: it is never out of date. */
    @Test
    void genericSchemasAreNeverOutOfDate() {
        assertThat(commented().problems()).isEmpty();
    }

    @Test
    void contentWithErrorsWritesNoSchema() throws IOException {
        Path content = commented().with("goals.yaml", "goals: 3\n").write();

        assertThat(console.run("schemas", "--content", content.toString())).isEqualTo(1);

        assertThat(console.err()).endsWith("Inga scheman skrevs: rätta felen ovan först.\n");
        assertThat(Files.readString(root.resolve("schemas/goals.schema.json")))
                .isEqualTo(Files.readString(Path.of("schemas/goals.schema.json")));
    }

    /** A copy of {@code examples/<name>} as {@code content/}, so the schemas are written beside it. */
    private Path example(String name) throws IOException {
        Path example = Path.of("examples", name);
        Path content = root.resolve("content");
        try (Stream<Path> files = Files.walk(example)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = content.resolve(example.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return content;
    }

    /** One schema serves the follow-ups of every plan of a site: it offers every plan's statuses and goals. */
    @Test
    @SuppressWarnings("unchecked")
    void inASiteOfSeveralPlansTheSchemasOfferWhatAnyPlanHas() throws IOException {
        Path content = example("flera-planer");

        assertThat(console.run("schemas", "--content", content.toString())).isZero();

        Map<String, Object> followUp = schema("followup.schema.json");
        assertThat((List<Object>) at(followUp, "definitions", "goalStatus").get("enum"))
                .contains("uppnatt", "inte-uppnatt", "uppfyllt", "ej-uppfyllt").doesNotHaveDuplicates();
        assertThat((List<Object>) at(followUp, "definitions", "activityStatus").get("enum"))
                .contains("klar", "planerad", "genomford", "ej-paborjad", "pagar").doesNotHaveDuplicates();
        assertThat(TestSite.problemsIn(content)).noneMatch(p -> p.contains("lup-site schemas"));
    }

    /** A revised plan's versions, as its files name them (quoted or not), are all among the values offered. */
    @Test
    @SuppressWarnings("unchecked")
    void everyVersionTheRevisedExampleNamesIsOffered() throws IOException {
        Path content = example("reviderad-plan");

        assertThat(console.run("schemas", "--content", content.toString())).isZero();

        List<Object> offered = (List<Object>) at(schema("goals.schema.json"), "properties", "goals", "items",
                "properties", "since").get("enum");
        List<Object> named = new ArrayList<>();
        Pattern version = Pattern.compile("^\\s*(?:since|until|version|planVersion):\\s*(\"?)([0-9A-Za-z.-]+)\\1\\s*$",
                Pattern.MULTILINE);
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(yaml|md)")).toList()) {
                Matcher m = version.matcher(Files.readString(file));
                while (m.find()) {
                    named.add(m.group(1).isEmpty() && m.group(2).matches("[0-9]+") ? (Object) Integer.valueOf(m.group(2))
                            : m.group(2));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(offered).containsAll(named);
    }
}
