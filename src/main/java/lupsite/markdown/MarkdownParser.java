package lupsite.markdown;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;

import lupsite.model.Markdown;
import lupsite.model.Position;

/**
 * Parses content Markdown (CommonMark + tables) once per build and text: the check stage reads its links,
 * the render stage turns the same tree into HTML.
 */
public final class MarkdownParser {

    /** Parser and renderer must share the extensions, so both read these options. */
    public static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(TablesExtension.CLASS_NAME, "tabell")
            .toImmutable();

    private final Parser parser = Parser.builder(OPTIONS).build();
    /**
     * A table needs a pipe, and the tables extension sets itself up again for every document (it compiles
     * patterns), so texts without one are parsed without it; the trees are the same.
     */
    private final Parser withoutTables = Parser.builder(new MutableDataSet(OPTIONS)
            .set(Parser.EXTENSIONS, List.of())).build();
    private final Map<Markdown, Document> parsed = new ConcurrentHashMap<>();

    /** The content file a parsed document came from, so its relative links can be resolved when rendered. */
    public static final DataKey<String> ORIGIN_FILE = new DataKey<>("ORIGIN_FILE", "");

    public Document parse(Markdown markdown) {
        return parsed.computeIfAbsent(markdown, m -> {
            Document document = (m.source().indexOf('|') < 0 ? withoutTables : parser).parse(m.source());
            document.set(ORIGIN_FILE, m.origin().file());
            Headings.attach(document);
            return document;
        });
    }

    /** Where {@code node} stands in the content file. */
    public static Position positionOf(Markdown markdown, Node node) {
        return markdown.positionAt(node.getStartOffset());
    }
}
