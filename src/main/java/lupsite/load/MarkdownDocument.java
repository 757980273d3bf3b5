package lupsite.load;

import java.util.Optional;

import lupsite.model.Markdown;

/** A Markdown file: its front matter (empty when unreadable) and its body. */
public record MarkdownDocument(String path, Optional<Node> frontMatter, Markdown body) {
}
