package lupsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.Document;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The CI recipes in ci-recipes/ run the project's real commands: every lup-site command line in them (found in
 * the keys that hold shell commands) is parsed by lup-site's own command line, so a misspelt or a removed
 * subcommand or option fails here and not in a region's pipeline. Each also does what docs/dev/ci.md says.
 */
class CiRecipesTest {

    static final Path RECIPES = Path.of("ci-recipes");
    /** Where each CI system keeps the commands a job runs. */
    static final Set<String> COMMAND_KEYS = Set.of("script", "before_script", "after_script", "run", "bash", "pwsh",
            "powershell");
    /** target/lup-site, lup-site.cmd, or java -jar .../lup-site.jar, and what follows it. */
    static final Pattern INVOCATION = Pattern.compile(
            "(?:^|\\s)(?:\\S*/)?lup-site(?:\\.cmd)?\\s+(.*)|java\\s+-jar\\s+\\S*lup-site\\.jar\"?\\s+(.*)");

    private static Object load(String recipe) throws IOException {
        return new Load(LoadSettings.builder().build()).loadFromString(Files.readString(RECIPES.resolve(recipe)));
    }

    /** Every lup-site command line of a recipe, as the arguments after the program. */
    static List<List<String>> commands(Object yaml) {
        List<String> scripts = new ArrayList<>();
        scripts(yaml, false, scripts);
        List<List<String>> commands = new ArrayList<>();
        for (String script : scripts) {
            for (String line : script.split("\n")) {
                Matcher invocation = INVOCATION.matcher(line);
                if (invocation.find()) {
                    commands.add(arguments(invocation.group(1) != null ? invocation.group(1) : invocation.group(2)));
                }
            }
        }
        return commands;
    }

    private static void scripts(Object node, boolean commandsHere, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> scripts(value, COMMAND_KEYS.contains(String.valueOf(key)), found));
        } else if (node instanceof List<?> list) {
            list.forEach(item -> scripts(item, commandsHere, found));
        } else if (commandsHere && node instanceof String text) {
            found.add(text);
        }
    }

    /** Shell words up to the end of the command: quotes taken off, a redirection or a chained command left out. */
    static List<String> arguments(String rest) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(rest);
        while (word.find()) {
            String bare = word.group(3);
            if (bare != null && (bare.matches("&&|\\|\\||\\||;|[0-9]?>>?.*") || bare.startsWith("#"))) {
                break;
            }
            words.add(word.group(1) != null ? word.group(1) : word.group(2) != null ? word.group(2) : bare);
        }
        return words;
    }

    /** Parsed as lup-site parses it; the message of the first word it does not take, if any. */
    private static List<String> refused(List<List<String>> commands) {
        List<String> refused = new ArrayList<>();
        for (List<String> command : commands) {
            try {
                new CommandLine(new Main()).parseArgs(command.toArray(String[]::new));
            } catch (ParameterException e) {
                refused.add(String.join(" ", command) + ": " + e.getMessage());
            }
        }
        return refused;
    }

    private static List<String> joined(List<List<String>> commands) {
        return commands.stream().map(c -> String.join(" ", c)).toList();
    }

    @Test
    void gitlabChecksIntoTheCodeQualityReportBuildsAndPublishesMain() throws IOException {
        Map<?, ?> recipe = (Map<?, ?>) load("gitlab-ci.yml");
        List<List<String>> commands = commands(recipe);

        assertThat(refused(commands)).isEmpty();
        assertThat(joined(commands)).containsExactly("check --format gitlab --output gl-code-quality-report.json",
                "build", "publish --to $LUP_PUBLISH_DIR");
        assertThat(path(recipe, "check", "artifacts", "reports", "codequality")).isEqualTo("gl-code-quality-report.json");
        assertThat(path(recipe, "check", "artifacts", "when")).isEqualTo("always");
        assertThat(path(recipe, "site", "cache", "paths")).isEqualTo(List.of(".lup-cache/"));
        assertThat(path(recipe, "site", "artifacts", "paths")).isEqualTo(List.of("site/"));
        assertThat(path(recipe, "site", "artifacts", "expose_as")).isNotNull();
        assertThat(String.valueOf(path(recipe, "publish", "rules"))).contains("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH");
        assertThat(String.valueOf(path(recipe, "workflow", "rules"))).contains("merge_request_event");
        assertThat(String.valueOf(path(recipe, "program", "script"))).contains("mvn -B -q package -DskipTests");
    }

    @Test
    void githubChecksIntoAnnotationsBuildsAndPublishesMain() throws IOException {
        Map<?, ?> recipe = (Map<?, ?>) load("github-workflow.yml");
        List<List<String>> commands = commands(recipe);

        assertThat(refused(commands)).isEmpty();
        assertThat(joined(commands)).containsExactly("check --format github", "build",
                "publish --to $LUP_PUBLISH_DIR");
        assertThat(((Map<?, ?>) recipe.get("on")).keySet()).asString().contains("push", "pull_request");
        List<?> steps = (List<?>) path(recipe, "jobs", "site", "steps");
        assertThat(step(steps, "actions/cache@v4").get("with")).asString().contains("path=.lup-cache");
        assertThat(step(steps, "actions/upload-artifact@v4").get("with")).asString().contains("path=site/", "include-hidden-files=true");
        assertThat(path(recipe, "jobs", "publish", "if")).asString().contains("refs/heads/main");
        assertThat(steps).asString().contains("mvn -B -q package -DskipTests");
    }

    @Test
    void azureChecksIntoLoggingCommandsBuildsAndPublishesMain() throws IOException {
        Map<?, ?> recipe = (Map<?, ?>) load("azure-pipelines.yml");
        List<List<String>> commands = commands(recipe);

        assertThat(refused(commands)).isEmpty();
        assertThat(joined(commands)).containsExactly("check --format azure", "build",
                "publish --site $(Pipeline.Workspace)/webbplats --to $(LUP_PUBLISH_DIR)");
        assertThat(recipe.keySet()).asString().contains("trigger", "pr");
        assertThat(recipe.get("stages")).asString().contains("path=.lup-cache", "targetPath=site,",
                "eq(variables['Build.SourceBranch'], 'refs/heads/main')", "mvn -B -q package -DskipTests");
    }

    /**
     * The IIS configuration (not run here: no IIS on Linux) says what the nginx one does, which NginxSiteTest
     * serves and checks: the same policy, the same types with charset, the same caching, dotfiles refused.
     */
    @Test
    void theIisConfigurationSaysWhatTheNginxOneSays() throws Exception {
        Matcher policies = Pattern.compile("Content-Security-Policy \"([^\"]+)\"")
                .matcher(Files.readString(RECIPES.resolve("nginx-lup-site.conf")));
        Set<String> nginx = new HashSet<>();
        while (policies.find()) {
            nginx.add(policies.group(1));
        }
        assertThat(nginx).as("one policy throughout the nginx configuration").hasSize(1);

        Document iis = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(RECIPES.resolve("web.config").toFile());
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("//add[@name='Content-Security-Policy']/@value", iis)).isEqualTo(nginx.iterator().next());
        for (String[] type : new String[][] {{".html", "text/html"}, {".css", "text/css"}, {".js", "text/javascript"},
                {".json", "application/json"}, {".csv", "text/csv"}, {".svg", "image/svg+xml"}}) {
            assertThat(xpath.evaluate("//mimeMap[@fileExtension='" + type[0] + "']/@mimeType", iis))
                    .isEqualTo(type[1] + "; charset=utf-8");
        }
        assertThat(xpath.evaluate("//location[@path='lup/assets']//clientCache/@cacheControlMaxAge", iis))
                .isEqualTo("01:00:00");
        assertThat(xpath.evaluate("//location[@path='lup/assets/sokindex.js']//clientCache/@cacheControlMode", iis))
                .isEqualTo("DisableCache");
        assertThat(xpath.evaluate("//denyUrlSequences/add/@sequence", iis)).isEqualTo("/.");
    }

    /** Guards the guard: a misspelt option or an unknown command is refused, quotes and redirections understood. */
    @Test
    void theGuardRefusesWhatLupSiteWouldRefuse() {
        List<List<String>> commands = commands(Map.of("script", List.of(
                "target/lup-site check --fromat github 2> fel.txt",
                "./lup-site/lup-site.cmd bygg && echo klart",
                "java -jar \"program/lup-site.jar\" build --out 'min webbplats' | tee logg")));

        assertThat(commands).containsExactly(List.of("check", "--fromat", "github"), List.of("bygg"),
                List.of("build", "--out", "min webbplats"));
        assertThat(refused(commands)).hasSize(2);
    }

    private static Object path(Object node, String... keys) {
        for (String key : keys) {
            node = ((Map<?, ?>) node).get(key);
        }
        return node;
    }

    private static Map<?, ?> step(List<?> steps, String uses) {
        return steps.stream().map(s -> (Map<?, ?>) s).filter(s -> uses.equals(s.get("uses"))).findFirst().orElseThrow();
    }
}
