package lupsite.check;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import lupsite.markdown.MarkdownParser;
import lupsite.markdown.PlainProse;
import lupsite.model.Content;
import lupsite.model.ContentPaths;
import lupsite.model.Markdown;
import lupsite.model.Position;
import lupsite.problem.Problems;
import lupsite.problem.Suggestions;

/**
 * Every link and image in the content's Markdown (inline, reference-style or autolink) must be a web or e-mail
 * address or name a file inside content/ that exists; images must not come from another site.
 */
final class LinkChecker {

    private LinkChecker() {
    }

    static void check(Content content, Set<String> files, MarkdownParser parser, Problems problems) {
        List<String> sorted = files.stream().sorted().toList();
        // Parsing is most of the check's work (the trees are kept for rendering), so it runs on every core;
        // problems are added in content order, so the bounded list keeps the same ones every time.
        content.markdown().parallel()
                .map(markdown -> {
                    Problems found = new Problems();
                    check(markdown, files, sorted, parser, found);
                    return found;
                })
                .forEachOrdered(problems::addAll);
    }

    private static void check(Markdown markdown, Set<String> files, List<String> sorted, MarkdownParser parser,
                              Problems problems) {
        if (markdown.isBlank() || PlainProse.isPlain(markdown.source())) {
            return; // plain prose has no links
        }
        Document document = parser.parse(markdown);
        for (Node node : document.getDescendants()) {
            // Positions are counted from the text's start, so only for the nodes that can have a problem.
            if (node instanceof ImageRef ref) {
                // The reference definition is checked as a link; only its use as an image adds a rule.
                Reference reference = ref.getReferenceNode(document);
                if (reference != null && ContentPaths.isExternal(reference.getUrl().toString())) {
                    externalImage(MarkdownParser.positionOf(markdown, node), reference.getUrl().toString(), problems);
                }
            } else if (node instanceof LinkNodeBase link && !(node instanceof MailLink)) {
                check(markdown.origin().file(), link.getUrl().toString(), node instanceof Image,
                        MarkdownParser.positionOf(markdown, node), files, sorted, problems);
            }
        }
    }

    private static void check(String origin, String target, boolean image, Position at, Set<String> files,
                              List<String> sorted, Problems problems) {
        if (ContentPaths.isExternal(target)) {
            if (image) {
                externalImage(at, target, problems);
            }
            return;
        }
        if (ContentPaths.hasOtherScheme(target)) {
            problems.error(at, "Länken \"" + target + "\" är inte tillåten. Länka till en webbadress (https://...), "
                    + "en e-postadress (mailto:...) eller en fil i content/.");
            return;
        }
        if (ContentPaths.withoutFragment(target).isEmpty()) {
            return;
        }
        Optional<String> resolved = ContentPaths.resolve(origin, target);
        if (resolved.isEmpty()) {
            problems.error(at, (image ? "Bilden" : "Länken") + " \"" + target + "\" pekar utanför content/. "
                    + "Länka bara till filer i content/.");
        } else if (!files.contains(resolved.get())) {
            String extension = extension(resolved.get());
            List<String> sameKind = sorted.stream().filter(f -> !f.equals(origin) && extension(f).equals(extension)).toList();
            problems.error(at, (image ? "Bilden" : "Länken") + " \"" + target + "\" pekar på en fil som inte finns ("
                    + "content/" + resolved.get() + ")." + Suggestions.closest(resolved.get(), sameKind)
                    .map(near -> " Menade du " + ContentPaths.relative(origin, near) + "?").orElse(""));
        }
    }

    private static void externalImage(Position at, String target, Problems problems) {
        problems.error(at, "Bilden hämtas från en annan webbplats (" + target + "). Webbplatsen får inte hämta något "
                + "utifrån: lägg bilden i content/images/ och länka dit.");
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') ? path.substring(dot).toLowerCase(Locale.ROOT) : "";
    }
}
