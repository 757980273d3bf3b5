package lupsite.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.util.sequence.Escaping;

import lupsite.derive.Derived;
import lupsite.derive.Figures;
import lupsite.derive.Snapshot;
import lupsite.markdown.Headings;
import lupsite.markdown.MarkdownParser;
import lupsite.markdown.PlainProse;
import lupsite.model.ContentPaths;
import lupsite.model.Markdown;

/**
 * Content Markdown as HTML, once per text, with figure placeholders ({@link Figures}) replaced first. Raw HTML in content is escaped (shown as text, never run), links
 * to content files become links to their pages, and any link with a scheme other than http(s) or mailto is
 * dropped, whatever got past the check. A table gets a scroll region of its own, so a wide one never widens
 * the page on a phone.
 */
public final class MarkdownHtml {

    /** How each heading of content starts in the HTML ({@link ContentNodes}); search splits pages there. */
    static final String HEADING_START = "<div class=\"heading\"><h";

    /** A table cell that is a number: digits grouped by spaces, a decimal comma or point, a sign, a % after it. */
    private static final Pattern NUMBER_CELL = Pattern.compile(
            "(ca\\.? )?[-−+]?[0-9]{1,3}([ \u00A0\u202F]?[0-9]{3})*([.,][0-9]+)?([ \u00A0]?%)?");
    /** Every character {@link #NUMBER_CELL} can match, and the spaces around a cell's text. */
    private static final String NUMBER_CHARACTERS = "0123456789 \t\u00A0\u202F.,%-−+ca";

    private final MarkdownParser parser;
    private final SiteUrls urls;
    private final HtmlRenderer renderer;
    private final Derived derived;
    private final Snapshot context;
    /** Texts that read the same at every moment (no placeholder, or a follow-up's own), shared by all snapshots. */
    private final Map<Markdown, String> fixed;
    private final Map<Markdown, String> rendered = new ConcurrentHashMap<>();
    /** Every text with headings this has made, for the pages to keep their ids unique. */
    private final PageHeadings headings;

    /**
     * Placeholders are filled in from {@code context}, except in a follow-up's own texts, which keep its figures.
     * {@code headings} learns every text with headings, for the pages that show them (one for the whole site).
     */
    public MarkdownHtml(MarkdownParser parser, SiteUrls urls, Derived derived, Snapshot context, Messages messages,
                        PageHeadings headings) {
        this(parser, urls, HtmlRenderer.builder(new MutableDataSet(MarkdownParser.OPTIONS)
                        .set(HtmlRenderer.ESCAPE_HTML, true)
                        .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                        .set(HtmlRenderer.SOFT_BREAK, "\n"))
                .linkResolverFactory(new ContentLinkResolverFactory(urls))
                .nodeRendererFactory(options -> new ContentNodes(messages))
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return MarkdownHtml::alignCells;
                    }
                })
                .build(), derived, context, new ConcurrentHashMap<>(), headings);
    }

    private MarkdownHtml(MarkdownParser parser, SiteUrls urls, HtmlRenderer renderer, Derived derived, Snapshot context,
                         Map<Markdown, String> fixed, PageHeadings headings) {
        this.parser = parser;
        this.urls = urls;
        this.renderer = renderer;
        this.derived = derived;
        this.context = context;
        this.fixed = fixed;
        this.headings = headings;
    }

    /** The same texts as shown at another moment (a follow-up's page, as of its date). */
    public MarkdownHtml at(Snapshot other) {
        return new MarkdownHtml(parser, urls, renderer, derived, other, fixed, headings);
    }

    /** Where the pages of the plan these texts are shown for are. */
    public SiteUrls urls() {
        return urls;
    }

    public String html(Markdown markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String made = fixed.get(markdown); // most calls: a text shown on many pages, looked for without a scan
        if (made != null) {
            return made;
        }
        boolean moves = markdown.source().contains("{{") && derived.ownerOf(markdown).isEmpty();
        return (moves ? rendered : fixed).computeIfAbsent(markdown, m -> {
            Markdown source = withFigures(m);
            if (PlainProse.isPlain(source.source())) {
                return PlainProse.html(source.source());
            }
            Document document = parser.parse(source);
            String html = renderer.render(document);
            List<Headings.Entry> entries = Headings.of(document).all();
            if (!entries.isEmpty()) {
                headings.add(html, entries.stream().map(Headings.Entry::id).toList());
            }
            return html;
        });
    }

    /** The headings of a text as {@link #html} shows it, with their ids; none in plain prose. */
    public List<Headings.Entry> headings(Markdown markdown) {
        if (markdown == null || markdown.isBlank() || PlainProse.isPlain(markdown.source())) {
            return List.of();
        }
        return Headings.of(parser.parse(withFigures(markdown))).all();
    }

    /** The Markdown with its placeholders replaced; the same record when it has none, so parses are shared. */
    public Markdown withFigures(Markdown markdown) {
        if (!markdown.source().contains("{{")) {
            return markdown;
        }
        String source = Figures.substitute(markdown.source(), derived.ownerOf(markdown).orElse(context).figures());
        return source.equals(markdown.source()) ? markdown : new Markdown(source, markdown.origin());
    }

    /**
     * Table cells are aligned by class, never by the obsolete {@code align} attribute (which style.css would
     * override): {@code ---:} gives {@code align-right}, {@code :---:} {@code align-center}; a cell whose text is
     * a number ("6 250 000", "-1,5", "12 %") in a column without alignment or aligned right gets {@code num},
     * right-aligned and never broken, like the numbers in every other table of the site.
     */
    private static void alignCells(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!(node instanceof TableCell cell) || part != AttributablePart.NODE) {
            return;
        }
        String align = attributes.getValue("align");
        attributes.remove("align");
        if ((align.isEmpty() || align.equals("right")) && isNumber(cell)) {
            attributes.addValue("class", "num");
        } else if (!align.isEmpty()) {
            attributes.addValue("class", "align-" + align);
        }
    }

    /**
     * Whether the cell's text is a number. Its source is read as it stands when it holds only what a number is
     * written with (then it has no markup, and is its text); only other cells that hold a digit are collected as
     * text first, which every cell of every table of a long report would otherwise pay for.
     */
    private static boolean isNumber(TableCell cell) {
        String source = cell.getText().toString();
        boolean digit = false;
        boolean plain = true;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            digit |= c >= '0' && c <= '9';
            plain &= NUMBER_CHARACTERS.indexOf(c) >= 0;
        }
        return digit && NUMBER_CELL.matcher(plain ? source.strip()
                : new TextCollectingVisitor().collectAndGetText(cell).strip()).matches();
    }

    /** How tables and headings of content are written. */
    private static final class ContentNodes implements NodeRenderer {
        private final Messages messages;

        ContentNodes(Messages messages) {
            this.messages = messages;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(TableBlock.class, this::table),
                    new NodeRenderingHandler<>(Heading.class, this::heading));
        }

        /**
         * Wraps each table in a focusable region (keyboard users can scroll it). Markdown tables have no caption,
         * so the region is named by its number in the text and its column headings ("Tabell 2: Post, Belopp");
         * the number keeps the names apart when several tables share their headings.
         */
        private void table(TableBlock table, NodeRendererContext context, HtmlWriter html) {
            int number = 1;
            for (Node node : table.getDocument().getDescendants()) {
                if (node == table) {
                    break;
                }
                number += node instanceof TableBlock ? 1 : 0;
            }
            List<String> headings = new ArrayList<>();
            for (Node cell : table.getFirstChild() instanceof TableHead head ? head.getDescendants() : List.<Node>of()) {
                String text = cell instanceof TableCell ? new TextCollectingVisitor().collectAndGetText(cell).strip() : "";
                if (!text.isEmpty()) {
                    headings.add(text);
                }
            }
            html.attr("class", "table-scroll").attr("role", "region").attr("tabindex", "0")
                    .attr("aria-label", messages.t("table.markdown", number)
                            + (headings.isEmpty() ? "" : ": " + String.join(", ", headings)))
                    .withAttr().tagLine("div");
            context.delegateRender();
            html.tag("/div").line();
        }

        /**
         * Each heading with its id ({@link Headings}) and, after it, a link to itself for readers to copy: a "#"
         * that style.css draws, named by which section it leads to. The "#" is not text, so the text of the page
         * (search, a copy, the PDF) reads as the headings alone. The link stands beside the heading, not in it, so
         * the heading's own name (in a screen reader's list of headings, in the PDF's bookmarks) is its words.
         */
        private void heading(Heading heading, NodeRendererContext context, HtmlWriter html) {
            Headings.Entry entry = Headings.of(heading.getDocument()).of(heading);
            // Written as text: the writer's tag tracking would have the div closed before the heading.
            html.raw(HEADING_START + heading.getLevel() + " id=\"" + entry.id() + "\">");
            context.renderChildren(heading);
            html.raw("</h" + heading.getLevel() + "><a class=\"anchor\" href=\"#" + entry.id() + "\" aria-label=\""
                    + Escaping.escapeHtml(messages.t("heading.anchor", entry.text()), false) + "\"></a></div>").line();
        }
    }

    private static final class ContentLinkResolverFactory extends IndependentLinkResolverFactory {
        private final SiteUrls urls;

        ContentLinkResolverFactory(SiteUrls urls) {
            this.urls = urls;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public LinkResolver apply(com.vladsch.flexmark.html.renderer.LinkResolverBasicContext context) {
            String origin = MarkdownParser.ORIGIN_FILE.get(context.getDocument());
            return (node, ctx, link) -> resolve(origin, link);
        }

        private ResolvedLink resolve(String origin, ResolvedLink link) {
            if (link.getLinkType() == LinkType.LINK_REF || link.getLinkType() == LinkType.IMAGE_REF) {
                // Asked only for "[sic]", "[1]" with no definition: left unknown, flexmark writes it as the text it is.
                return link;
            }
            String url = link.getUrl();
            if (ContentPaths.isExternal(url) || url.startsWith("#")) {
                return link.withStatus(LinkStatus.VALID);
            }
            if (ContentPaths.hasOtherScheme(url)) {
                return link.withUrl("#").withStatus(LinkStatus.INVALID);
            }
            return ContentPaths.resolve(origin, url)
                    .map(path -> link.withUrl(urls.ofContentFile(path) + ContentPaths.fragment(url))
                            .withStatus(LinkStatus.VALID))
                    .orElse(link.withUrl("#").withStatus(LinkStatus.INVALID));
        }
    }
}
