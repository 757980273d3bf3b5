package lupsite.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs axe-core in the page that a WebDriver has open and returns its violations.
 *
 * <p>axe.min.js is the class-path resource {@code /axe.min.js} of the Maven artifact
 * {@code com.deque.html.axe-core:selenium} (MPL-2.0; it bundles axe-core), so nothing is
 * fetched and nothing is vendored. It is injected with one {@code executeScript} and run with
 * one {@code executeAsyncScript}; that is about three times faster than Deque's
 * {@code AxeBuilder} (which also needs Jackson etc.), and enough for a static site: frames
 * are not descended into (axe's own {@code frame-tested} rule would flag an iframe it could
 * not test).
 */
public final class AxeChecker {

    /** WCAG 2.0 and 2.1, levels A and AA, plus Deque's best practices. */
    public static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private static final String AXE_SOURCE = load("/axe.min.js");

    private static final String RUN = String.join("\n",
            "const done = arguments[arguments.length - 1];",
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})",
            "  .then(r => done({violations: r.violations.map(v => ({",
            "      id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,",
            "      nodes: v.nodes.map(n => ({",
            "        target: n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)).join(' | '),",
            "        html: n.html || '', summary: n.failureSummary || ''}))}))}),",
            "        e => done({error: String((e && e.stack) || e)}));");

    /** One failing rule on one page, with every element it failed on. */
    public record Violation(String page, String ruleId, String impact, String help, String helpUrl,
                            List<Node> nodes) {
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(page).append(": ").append(ruleId).append(" (").append(impact).append(") ")
              .append(help).append("\n    ").append(helpUrl);
            for (Node n : nodes) {
                sb.append("\n    at ").append(n.target()).append("\n       ").append(n.html());
                for (String line : n.summary().split("\n")) {
                    if (!line.isBlank()) sb.append("\n       ").append(line.strip());
                }
            }
            return sb.toString();
        }
    }

    /** An element a rule failed on: CSS selector, its HTML (shortened) and what to fix. */
    public record Node(String target, String html, String summary) {}

    private AxeChecker() {}

    /** The bundled axe-core's version, e.g. "4.11.1". */
    public static String axeVersion() {
        Matcher m = Pattern.compile("axe v([0-9][^\\s*]*)").matcher(AXE_SOURCE.substring(0, 200));
        return m.find() ? m.group(1) : "unknown";
    }

    /**
     * Has Chromium run axe-core in every page it opens from now on, before the page's own scripts; saves
     * injecting 0.5 MB of script per page when many pages are checked.
     */
    public static void preload(ChromeDriver driver) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE_SOURCE));
    }

    /** Opens {@code url} and returns axe's violations; {@code pageLabel} names it in messages. */
    public static List<Violation> check(WebDriver driver, URI url, String pageLabel) {
        driver.get(url.toString());
        return check(driver, pageLabel);
    }

    /** Checks the page that is open now. */
    @SuppressWarnings("unchecked")
    public static List<Violation> check(WebDriver driver, String pageLabel) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(AXE_SOURCE);
        }
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(RUN, TAGS);
        if (result == null || result.containsKey("error")) {
            throw new IllegalStateException("axe-core failed on " + pageLabel + ": "
                    + (result == null ? "no result" : result.get("error")));
        }
        List<Violation> out = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result.get("violations")) {
            List<Node> nodes = new ArrayList<>();
            for (Map<String, Object> n : (List<Map<String, Object>>) v.get("nodes")) {
                nodes.add(new Node((String) n.get("target"), oneLine((String) n.get("html")),
                        (String) n.get("summary")));
            }
            out.add(new Violation(pageLabel, (String) v.get("id"), (String) v.get("impact"),
                    (String) v.get("help"), (String) v.get("helpUrl"), nodes));
        }
        return out;
    }

    /** A readable multi-line report, or the empty string when there is nothing to report. */
    public static String report(List<Violation> violations) {
        if (violations.isEmpty()) return "";
        return violations.size() + " axe-core " + axeVersion() + " violation(s):\n"
                + violations.stream().map(Violation::format).collect(Collectors.joining("\n"));
    }

    private static String oneLine(String html) {
        if (html == null) return "";
        String s = html.replaceAll("\\s+", " ").strip();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static String load(String resource) {
        try (InputStream in = AxeChecker.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path: add the test"
                        + " dependency com.deque.html.axe-core:selenium (it bundles axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
