package lupsite.check;

import java.util.List;
import java.util.Set;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;

import lupsite.markdown.MarkdownParser;
import lupsite.model.Content;
import lupsite.model.ContentPaths;
import lupsite.model.Markdown;
import lupsite.problem.Problems;
import lupsite.problem.Suggestions;

/** Every link and image in the content's Markdown must name a file inside content/ that exists. */
final class LinkChecker {

    private LinkChecker() {
    }

    static void check(Content content, Set<String> files, MarkdownParser parser, Problems problems) {
        List<String> known = files.stream().sorted().toList();
        content.markdown().forEach(markdown -> check(markdown, known, parser, problems));
    }

    private static void check(Markdown markdown, List<String> files, MarkdownParser parser, Problems problems) {
        if (markdown.isBlank()) {
            return;
        }
        for (Node node : parser.parse(markdown).getDescendants()) {
            String target;
            boolean image = node instanceof Image;
            if (node instanceof Link link) {
                target = link.getUrl().toString();
            } else if (node instanceof Image img) {
                target = img.getUrl().toString();
            } else {
                continue;
            }
            var at = MarkdownParser.positionOf(markdown, node);
            if (ContentPaths.isExternal(target)) {
                if (image) {
                    problems.error(at, "Bilden hämtas från en annan webbplats (" + target + "). Sajten får inte ladda "
                            + "något utifrån: lägg bilden i content/images/ och länka dit.");
                }
                continue;
            }
            if (ContentPaths.hasOtherScheme(target)) {
                problems.error(at, "Länken \"" + target + "\" är inte tillåten. Länka till en webbadress (https://...), "
                        + "en e-postadress (mailto:...) eller en fil i content/.");
                continue;
            }
            if (ContentPaths.withoutFragment(target).isEmpty()) {
                continue;
            }
            var resolved = ContentPaths.resolve(markdown.origin().file(), target);
            if (resolved.isEmpty()) {
                problems.error(at, "Länken \"" + target + "\" pekar utanför content/. Länka bara till filer i content/.");
            } else if (!files.contains(resolved.get())) {
                List<String> near = Suggestions.nearest(resolved.get(), files, 1);
                problems.error(at, (image ? "Bilden" : "Länken") + " \"" + target + "\" pekar på en fil som inte finns ("
                        + "content/" + resolved.get() + ")." + (near.isEmpty() ? "" : " Menade du content/" + near.get(0) + "?"));
            }
        }
    }
}
