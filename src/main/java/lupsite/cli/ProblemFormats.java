package lupsite.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import lupsite.problem.Problem;
import lupsite.problem.Problem.Severity;
import lupsite.problem.Problems;
import lupsite.render.Generator;

/**
 * The problems of a check in the formats CI systems read, each as that system documents it (docs/dev/ci.md).
 * {@code prefix} is the content folder relative to the repository root ("content/"): GitHub, GitLab and
 * Azure place a problem on a line of a file by its path in the repository.
 */
final class ProblemFormats {

    /** The version of the {@code --format json} structure; raised only when a field changes or goes. */
    static final int JSON_VERSION = 1;

    private ProblemFormats() {
    }

    static String render(ReportFormat format, Problems problems, String prefix) {
        return switch (format) {
            case TEXT -> text(problems, prefix);
            case GITHUB -> github(problems.all(), prefix);
            case GITLAB -> gitlab(problems.all(), prefix);
            case AZURE -> azure(problems.all(), prefix);
            case JSON -> json(problems, prefix);
        };
    }

    private static String text(Problems problems, String prefix) {
        return eachLine(problems.all(), p -> p.format(prefix));
    }

    private static String eachLine(List<Problem> problems, Function<Problem, String> line) {
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(line.apply(p)).append('\n'));
        return out.toString();
    }

    /**
     * {@code ::error file=content/goals.yaml,line=2,col=5::message}. GitHub's escapes: %, CR and LF everywhere,
     * and : and , in a property, where they would end it.
     */
    private static String github(List<Problem> problems, String prefix) {
        return eachLine(problems, p -> "::" + severity(p) + " file=" + githubProperty(prefix + p.position().file())
                + ",line=" + p.position().line() + ",col=" + p.position().column() + "::" + githubData(p.message()));
    }

    private static String githubData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String githubProperty(String text) {
        return githubData(text).replace(":", "%3A").replace(",", "%2C");
    }

    /**
     * {@code ##vso[task.logissue type=error;sourcepath=...;linenumber=2;columnnumber=5;]message}. The agent's
     * escapes for ; CR LF and ], in properties and message alike; % is left as it is, since the agent decodes
     * its escape for % only when told to.
     */
    private static String azure(List<Problem> problems, String prefix) {
        return eachLine(problems, p -> "##vso[task.logissue type=" + severity(p)
                + ";sourcepath=" + azureEscape(prefix + p.position().file()) + ";linenumber=" + p.position().line()
                + ";columnnumber=" + p.position().column() + ";]" + azureEscape(p.message()));
    }

    private static String azureEscape(String text) {
        return text.replace(";", "%3B").replace("\r", "%0D").replace("\n", "%0A").replace("]", "%5D");
    }

    /**
     * A JSON array of Code Quality issues as GitLab documents them: description, check_name, fingerprint,
     * severity, location.path and location.lines.begin. The fingerprint is how GitLab tells an issue that is
     * new in a merge request from one that was there before, so it leaves the line out (an edit above a problem
     * does not make it new); the problem's place among those with the same file and message keeps two of them
     * apart, since GitLab shows only one issue per fingerprint.
     */
    private static String gitlab(List<Problem> problems, String prefix) {
        Map<String, Integer> seen = new HashMap<>();
        return write(json -> {
            json.writeStartArray();
            for (Problem p : problems) {
                String path = prefix + p.position().file();
                int occurrence = seen.merge(path + "\0" + p.message(), 1, Integer::sum);
                json.writeStartObject();
                json.writeStringField("description", p.message());
                json.writeStringField("check_name", "lup-site/" + severity(p));
                json.writeStringField("fingerprint", fingerprint(path + "\0" + p.message() + "\0" + occurrence));
                json.writeStringField("severity", p.severity() == Severity.ERROR ? "major" : "minor");
                json.writeObjectFieldStart("location");
                json.writeStringField("path", path);
                json.writeObjectFieldStart("lines");
                json.writeNumberField("begin", p.position().line());
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    private static String fingerprint(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {"version": 1, "generator": ..., "problems": [...], "summary": {...}}; docs/dev/ci.md describes each field. */
    private static String json(Problems problems, String prefix) {
        return write(json -> {
            json.writeStartObject();
            json.writeNumberField("version", JSON_VERSION);
            json.writeStringField("generator", Generator.NAME);
            json.writeArrayFieldStart("problems");
            for (Problem p : problems.all()) {
                json.writeStartObject();
                json.writeStringField("severity", severity(p));
                json.writeStringField("file", prefix + p.position().file());
                json.writeNumberField("line", p.position().line());
                json.writeNumberField("column", p.position().column());
                json.writeStringField("message", p.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("errors", problems.errorCount());
            json.writeNumberField("warnings", problems.warningCount());
            json.writeNumberField("notListed", problems.dropped());
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    private static String severity(Problem p) {
        return p.severity() == Severity.ERROR ? "error" : "warning";
    }

    private interface JsonBody {
        void write(JsonGenerator json) throws IOException;
    }

    /** Pretty-printed with two spaces, keys in the order written, a final line break. */
    private static String write(JsonBody body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }
}
