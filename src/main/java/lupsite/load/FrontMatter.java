package lupsite.load;

import java.util.Optional;

import lupsite.model.Markdown;
import lupsite.model.Position;
import lupsite.problem.Problems;

/** Splits a Markdown file into its YAML front matter (between --- lines) and its body, keeping file lines. */
final class FrontMatter {

    private FrontMatter() {
    }

    static MarkdownDocument split(SourceFile source, Problems problems) {
        String text = source.text();
        String path = source.path();
        if (!text.startsWith("---\n")) {
            problems.error(Position.ofFile(path), "Filen ska börja med en rad med bara tre bindestreck (---), "
                    + "följd av uppgifterna (till exempel title:) och ytterligare en rad ---. Se redaktörsguiden.");
            return new MarkdownDocument(path, Optional.empty(), new Markdown(text, Position.ofFile(path)));
        }
        int lineStart = 4;
        int line = 2;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            String current = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).stripTrailing();
            if (current.equals("---")) {
                Optional<Node> yaml = YamlParser.parse(text.substring(4, lineStart), path, 1, problems);
                String body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
                return new MarkdownDocument(path, yaml, new Markdown(body, new Position(path, line + 1, 1)));
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
            line++;
        }
        problems.error(Position.ofFile(path), "Uppgifterna överst i filen avslutas aldrig: lägg till en rad med "
                + "bara tre bindestreck (---) efter dem.");
        return new MarkdownDocument(path, Optional.empty(), new Markdown("", Position.ofFile(path)));
    }
}
