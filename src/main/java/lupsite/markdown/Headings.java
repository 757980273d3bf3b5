package lupsite.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataKey;

import lupsite.problem.Suggestions;

/**
 * The headings of one Markdown text, each with an id that is stable and unique in the text: the one the editor
 * gave ({@code ## Jämtland {#jamtland}}), else the heading's words as an id ("Bättre rehab" gives
 * {@code battre-rehab}), with -2, -3 after a repeated one. Given ids are kept as written, so generated ones step
 * aside for them wherever they stand. The attribute is taken out of the heading's text when the text is parsed,
 * so check, the site and the PDF all see the heading without it.
 */
public final class Headings {

    /** {@code text} is the heading as shown; {@code offset} where it starts in the source. */
    public record Entry(int level, String id, String text, boolean given, int offset) {
    }

    /** A trailing {@code {#...}}; what stands between the braces must be an id for it to be taken as one. */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s*\\{#([^{}]*)\\}\\s*$");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    /**
     * The ids the page templates give what stands around a text (the main region, a page's list of sub-pages):
     * a heading never takes one, so the skip link and the page's own links keep their target.
     */
    public static final Set<String> RESERVED = Set.of("innehall", "undersidor");
    /** The id of a heading whose words give none (only punctuation). */
    private static final String FALLBACK = "avsnitt";

    private static final DataKey<Headings> KEY = new DataKey<>("HEADINGS", new Headings(List.of(), List.of(), Map.of()));

    private final List<Entry> entries;
    /**
     * Given ids that were not ids ({@code {#Jämtland}}: left in the text) or repeat an earlier one (the heading
     * gets a generated id); check reports both.
     */
    private final List<Entry> refused;
    private final Map<Node, Entry> byNode;

    private Headings(List<Entry> entries, List<Entry> refused, Map<Node, Entry> byNode) {
        this.entries = entries;
        this.refused = refused;
        this.byNode = byNode;
    }

    /** The headings of a document parsed by {@link MarkdownParser}. */
    public static Headings of(Document document) {
        return KEY.get(document);
    }

    /** What a given id may be: lower-case letters a–z, digits, - and _, as a generated one is. */
    public static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    public List<Entry> all() {
        return entries;
    }

    public List<Entry> refused() {
        return refused;
    }

    public Entry of(Heading heading) {
        return byNode.get(heading);
    }

    /** Takes the id attributes out of the headings' text and gives every heading its id. */
    static void attach(Document document) {
        List<Heading> headings = new ArrayList<>();
        List<String> given = new ArrayList<>();
        List<Entry> refused = new ArrayList<>();
        Set<String> taken = new HashSet<>(RESERVED);
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                headings.add(heading);
                String id = takeAttribute(heading);
                if (id != null && (!isId(id) || !taken.add(id))) {
                    refused.add(new Entry(heading.getLevel(), id, text(heading), true, heading.getStartOffset()));
                    id = null;
                }
                given.add(id);
            }
        }
        List<Entry> entries = new ArrayList<>();
        Map<Node, Entry> byNode = new IdentityHashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            String text = text(heading);
            String id = given.get(i);
            if (id == null) {
                String base = Suggestions.asId(text);
                base = base.isEmpty() ? FALLBACK : base;
                id = base;
                for (int n = 2; !taken.add(id); n++) {
                    id = base + "-" + n;
                }
            }
            Entry entry = new Entry(heading.getLevel(), id, text, given.get(i) != null, heading.getStartOffset());
            entries.add(entry);
            byNode.put(heading, entry);
        }
        document.set(KEY, new Headings(List.copyOf(entries), List.copyOf(refused), byNode));
    }

    /** The id between the braces of a trailing {@code {#...}}, taken out of the text; null when there is none. */
    private static String takeAttribute(Heading heading) {
        if (!(heading.getLastChild() instanceof Text last)) {
            return null;
        }
        Matcher matcher = ATTRIBUTE.matcher(last.getChars());
        if (!matcher.find()) {
            return null;
        }
        String id = matcher.group(1);
        if (isId(id)) {
            last.setChars(last.getChars().subSequence(0, matcher.start()));
        }
        return id;
    }

    private static String text(Heading heading) {
        return new TextCollectingVisitor().collectAndGetText(heading).strip();
    }
}
