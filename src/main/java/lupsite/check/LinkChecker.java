package lupsite.check;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import lupsite.load.ContentLoader;
import lupsite.load.SourceReader;
import lupsite.load.SourceTree;
import lupsite.markdown.Headings;
import lupsite.markdown.MarkdownParser;
import lupsite.markdown.PlainProse;
import lupsite.model.Content;
import lupsite.model.ContentPaths;
import lupsite.model.FollowUp;
import lupsite.model.Indicator;
import lupsite.model.Markdown;
import lupsite.model.Page;
import lupsite.model.Position;
import lupsite.problem.Problems;
import lupsite.problem.Suggestions;

/**
 * Every link and image in the content's Markdown (inline, reference-style, autolink; a reference definition
 * whether used or not) and every page's download must name a web or e-mail address, a #fragment, a content file
 * that becomes a page, or a file the site may publish ({@link FileTypes}); an image must be an image from
 * content/. The files they name are all the site publishes of content/: never a hidden file, a backup or a file
 * nothing names. Each published file must be what its name says (its first bytes; an SVG by {@link SvgCheck}).
 * Every text is first held to {@link MarkdownLimits}, so that no later stage parses or renders one past them.
 */
final class LinkChecker {

    /** How the content names a target; the noun starts its messages. */
    private enum Use {
        LINK("Länken"), IMAGE("Bilden"), DOWNLOAD("Nedladdningen");

        final String noun;

        Use(String noun) {
            this.noun = noun;
        }
    }

    /** What a target names. */
    private sealed interface Target {
    }

    /** A web or e-mail address, or a #fragment of the same page: nothing in content/. */
    private record Elsewhere(boolean external) implements Target {
    }

    private record PageSource(String path) implements Target {
    }

    private record File(String path, FileTypes.Kind kind) implements Target {
    }

    /** Not allowed, for the reason in {@code message}. */
    private record Wrong(String message) implements Target {
    }

    private final SourceTree tree;
    private final Set<String> pages;
    private final MarkdownParser parser;
    /**
     * The heading ids of each free page, the pages whose #fragments are checked: every other page has ids its
     * template makes (a goal's, an activity's) besides those of its texts.
     */
    private final Map<String, List<String>> anchors;

    private LinkChecker(SourceTree tree, Set<String> pages, MarkdownParser parser, Map<String, List<String>> anchors) {
        this.tree = tree;
        this.pages = pages;
        this.parser = parser;
        this.anchors = anchors;
    }

    /** Reports what is wrong; returns the content files the site publishes, with their sizes. */
    static SortedMap<String, Long> check(List<Content> plans, SourceTree tree, MarkdownParser parser, Problems problems) {
        Content content = plans.get(0); // what the plans share, each plan's Content holds
        LinkChecker checker = new LinkChecker(tree, pageSources(plans), parser, anchors(content, parser));
        record Found(Problems problems, Set<String> files) {
        }
        // Parsing is most of the check's work (the trees are kept for rendering), so it runs on every core;
        // problems are added in content order, so the bounded list keeps the same ones every time. From a list,
        // which splits evenly: the stream of a plan's texts would not split at all.
        List<Found> found = Stream.concat(plans.stream().flatMap(Content::planMarkdown), content.sharedTexts())
                .toList().parallelStream().map(markdown -> {
            Found in = new Found(new Problems(), new HashSet<>());
            checker.check(markdown, in.problems(), in.files());
            return in;
        }).toList();
        SortedSet<String> published = new TreeSet<>();
        for (Found f : found) {
            problems.addAll(f.problems());
            published.addAll(f.files());
        }
        for (Page page : content.pages()) {
            for (Page.Download download : page.downloads()) {
                checker.use(page.position().file(), download.target(), Use.DOWNLOAD, download.position(), problems,
                        published);
            }
        }
        SortedMap<String, Long> files = new TreeMap<>();
        for (String path : published) {
            checker.inspect(path, problems);
            files.put(path, tree.size(path));
        }
        return files;
    }

    /** Each free page's heading ids, in order; its body is its only text with headings. */
    private static Map<String, List<String>> anchors(Content content, MarkdownParser parser) {
        Map<String, List<String>> anchors = new HashMap<>();
        for (Page page : content.pages()) {
            Markdown body = page.body();
            // A body past the limits is reported by check(markdown), and read no further here.
            anchors.put(page.position().file(), body.isBlank() || PlainProse.isPlain(body.source())
                    || MarkdownLimits.excess(parser, body).isPresent() ? List.of()
                    : Headings.of(parser.parse(body)).all().stream().map(Headings.Entry::id).toList());
        }
        return anchors;
    }

    /** The content files that become pages of their own, so a link to one is a link to its page. */
    private static Set<String> pageSources(List<Content> plans) {
        Set<String> pages = new HashSet<>(Set.of(ContentLoader.ACCESSIBILITY));
        for (Content plan : plans) {
            pages.add(plan.plan().folder() + ContentLoader.PLAN);
            pages.add(plan.plan().folder() + ContentLoader.GOALS);
            plan.areas().forEach(a -> pages.add(a.position().file()));
            for (FollowUp followUp : plan.followUps()) {
                String file = followUp.position().file();
                pages.add(file);
                pages.add(file.substring(0, file.lastIndexOf('/') + 1) + ContentLoader.SUMMARY_FILE);
            }
        }
        Content content = plans.get(0);
        for (Indicator indicator : content.indicators()) {
            pages.add(indicator.position().file());
            pages.add(indicator.valuesFile());
        }
        content.pages().forEach(p -> pages.add(p.position().file()));
        return pages;
    }

    private void check(Markdown markdown, Problems problems, Set<String> published) {
        if (markdown.isBlank()) {
            return;
        }
        boolean plain = PlainProse.isPlain(markdown.source());
        Optional<MarkdownLimits.Excess> excess = plain ? MarkdownLimits.beforeParsing(markdown.source())
                : MarkdownLimits.excess(parser, markdown);
        if (excess.isPresent()) {
            problems.error(markdown.positionAt(excess.get().offset()), excess.get().message());
            return;
        }
        if (plain) {
            return; // plain prose has no links
        }
        Document document = parser.parse(markdown);
        String origin = markdown.origin().file();
        for (Headings.Entry refused : Headings.of(document).refused()) {
            problems.error(markdown.positionAt(refused.offset()), refusedId(refused));
        }
        for (Node node : document.getDescendants()) {
            // Positions are counted from the text's start, so only for the nodes that can have a problem.
            if (node instanceof ImageRef ref) {
                // The definition is checked, and its file published, as a link; shown as an image it must be one.
                Reference reference = ref.getReferenceNode(document);
                if (reference != null) {
                    Target target = classify(origin, reference.getUrl().toString(), Use.IMAGE);
                    if (!(target instanceof Wrong)) {
                        image(target, reference.getUrl().toString(), MarkdownParser.positionOf(markdown, node),
                                problems, published);
                    }
                }
            } else if (node instanceof LinkNodeBase link && !(node instanceof MailLink)) {
                use(origin, link.getUrl().toString(), node instanceof Image ? Use.IMAGE : Use.LINK,
                        MarkdownParser.positionOf(markdown, node), problems, published);
            }
        }
    }

    /** Checks one link, image or download at {@code at}; a file it may publish goes into {@code published}. */
    private void use(String origin, String target, Use use, Position at, Problems problems, Set<String> published) {
        Target named = classify(origin, target, use);
        if (named instanceof Wrong wrong) {
            problems.error(at, wrong.message());
        } else if (use == Use.IMAGE) {
            image(named, target, at, problems, published);
        } else if (named instanceof File file) {
            published.add(file.path());
        } else if (use == Use.DOWNLOAD) {
            problems.error(at, "Nedladdningen \"" + target + "\" är ingen fil i content/. Ange sökvägen till en fil "
                    + "(till exempel ../dokument/rapport.pdf), räknad från sidan; till en webbadress eller en annan "
                    + "sida länkar du i texten.");
        } else if (!ContentPaths.fragment(target).isEmpty()) {
            fragment(named instanceof PageSource page ? page.path() : origin, target, at, problems);
        }
    }

    /** A #fragment of a free page must be the id of one of its headings. */
    private void fragment(String page, String target, Position at, Problems problems) {
        String id = ContentPaths.fragment(target).substring(1);
        List<String> ids = anchors.get(page);
        if (ids == null || id.isEmpty() || ids.contains(id) || Headings.RESERVED.contains(id)) {
            return; // "#" alone is the top of the page
        }
        String start = "Länken \"" + target + "\" leder till avsnittet \"" + id + "\", men ";
        if (ids.isEmpty()) {
            problems.error(at, start + "content/" + page + " har inga rubriker. Länka till sidan utan #" + id
                    + ", eller skriv rubriken (## Rubrik) i sidan.");
            return;
        }
        List<String> near = Suggestions.nearest(id, ids, 3);
        problems.error(at, start + "ingen rubrik i content/" + page + " har det id:t. " + (near.isEmpty()
                ? "Rubrikerna där har id " + String.join(", ", ids.stream().limit(5).map(i -> "#" + i).toList())
                        + (ids.size() > 5 ? " med flera" : "") + "."
                : "Menade du " + String.join(" eller ", near.stream().map(n -> "#" + n).toList()) + "?")
                + " En rubrik får id av sina ord (## Västra Götaland ger #vastra-gotaland) eller av {#id} sist i "
                + "rubriken.");
    }

    /** Why a heading's {#id} was not taken. */
    private static String refusedId(Headings.Entry heading) {
        String id = heading.id();
        if (Headings.RESERVED.contains(id)) {
            return "Rubriken \"" + heading.text() + "\" har id:t \"" + id + "\", som sidan själv redan använder. "
                    + "Välj ett annat id, till exempel {#" + id + "-1}.";
        }
        if (!Headings.isId(id)) {
            String asId = Suggestions.asId(id);
            return "Rubriken \"" + heading.text() + "\" har ett id som inte går att använda: \"" + id + "\". Ett "
                    + "id får bara ha bokstäverna a–z, siffror, - och _, till exempel {#" + (asId.isEmpty() ? "avsnitt"
                    : asId) + "}.";
        }
        return "Rubriken \"" + heading.text() + "\" har id:t \"" + id + "\", som en rubrik tidigare i texten redan "
                + "har. Ge den ett eget id, till exempel {#" + id + "-2}.";
    }

    private static void image(Target named, String target, Position at, Problems problems, Set<String> published) {
        if (named instanceof Elsewhere elsewhere && elsewhere.external()) {
            problems.error(at, "Bilden hämtas från en annan webbplats (" + target + "). Webbplatsen får inte hämta "
                    + "något utifrån: lägg bilden i content/images/ och länka dit.");
        } else if (named instanceof File file && file.kind().image()) {
            published.add(file.path());
        } else {
            problems.error(at, "Bilden \"" + target + "\" är ingen bild. En bild ska vara en PNG-, JPEG-, GIF-, WebP- "
                    + "eller SVG-fil; ska filen laddas ner, skriv en länk utan ! framför.");
        }
    }

    private Target classify(String origin, String target, Use use) {
        String named = use.noun + " \"" + target + "\"";
        if (target.isBlank()) {
            return new Wrong(use.noun + " saknar mål. Skriv inom parentesen vart den ska leda, till exempel "
                    + "(../pages/budget-2019.md).");
        }
        if (ContentPaths.isExternal(target)) {
            return new Elsewhere(true);
        }
        if (ContentPaths.hasOtherScheme(target)) {
            return new Wrong(named + " är inte tillåten. Länka till en webbadress (https://...), en e-postadress "
                    + "(mailto:...) eller en fil i content/.");
        }
        if (ContentPaths.withoutFragment(target).isEmpty()) {
            return new Elsewhere(false);
        }
        if (target.indexOf('\\') >= 0) {
            return new Wrong(named + " har bakstreck (\\) i sökvägen. Skriv den med snedstreck (/), till exempel "
                    + "../images/karta.png.");
        }
        String path = ContentPaths.resolve(origin, target).orElse(null);
        if (path == null) {
            return new Wrong(named + " pekar utanför content/. Länka bara till filer i content/.");
        }
        if (path.startsWith(".") || path.contains("/.")) {
            return new Wrong(named + " pekar på en dold fil (namnet börjar med punkt). Dolda filer publiceras aldrig; "
                    + "byt namn på filen om den ska finnas på webbplatsen.");
        }
        if (ContentPaths.isBackup(path)) {
            return new Wrong(named + " pekar på en säkerhetskopia eller tillfällig fil (namnet slutar på ~, .bak, "
                    + ".swp eller .tmp eller står mellan #). Sådana filer publiceras aldrig; länka till originalet "
                    + "eller byt namn på filen.");
        }
        if (!tree.isFile(path)) {
            String extension = FileTypes.extension(path);
            List<String> sameKind = tree.files().stream().filter(f -> !f.equals(origin) && !ContentPaths.isBackup(f)
                    && FileTypes.extension(f).equals(extension)).toList();
            return new Wrong(named + " pekar på en fil som inte finns (content/" + path + ")."
                    + Suggestions.closest(path, sameKind).map(near -> " Menade du " + ContentPaths.relative(origin, near)
                    + "?").orElse(""));
        }
        if (pages.contains(path)) {
            return new PageSource(path);
        }
        if (path.endsWith(".md") || path.endsWith(".yaml")) {
            return new Wrong(named + " pekar på content/" + path + ", som inte blir någon sida (det blir bara plan.yaml, "
                    + "goals.yaml, accessibility.yaml och filerna i areas/, pages/, followups/ och indicators/). Länka "
                    + "till sidan där texten visas.");
        }
        String extension = FileTypes.extension(path);
        if (FileTypes.isActive(path)) {
            return new Wrong(named + " pekar på en ." + extension + "-fil. Sådana filer kan innehålla program som körs "
                    + "hos den som öppnar dem på intranätet, så de publiceras aldrig. Gör om innehållet till en sida i "
                    + "pages/ eller till en PDF.");
        }
        return FileTypes.kind(path).<Target>map(kind -> new File(path, kind)).orElseGet(() -> new Wrong(named
                + " pekar på en fil av en sort som inte publiceras (" + (extension.isEmpty() ? "utan filändelse"
                : "." + extension) + "). Webbplatsen publicerar bilder (PNG, JPEG, GIF, WebP, SVG), PDF, Word, Excel, "
                + "PowerPoint, OpenDocument, CSV och text (.txt)."));
    }

    /** A published file must be what its name says; reported at the file, once however many links name it. */
    private void inspect(String path, Problems problems) {
        FileTypes.Kind kind = FileTypes.kind(path).orElseThrow();
        try {
            if (FileTypes.extension(path).equals("svg")) {
                SourceReader.read(tree, path, problems).ifPresent(svg -> SvgCheck.check(svg, problems));
            } else if (!kind.looksRight().test(tree.head(path, FileTypes.HEAD_BYTES))) {
                String extension = FileTypes.extension(path);
                problems.error(Position.ofFile(path), "Filen är inte en " + kind.label() + "-fil, fast namnet slutar "
                        + "på ." + extension + ": innehållet är något annat. Spara om den som " + kind.label()
                        + " eller ge den den filändelse som stämmer med innehållet.");
            }
        } catch (IOException e) {
            problems.error(Position.ofFile(path), "Filen kunde inte läsas: " + e.getMessage());
        }
    }
}
