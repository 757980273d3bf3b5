package lupsite.load;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import lupsite.model.Ids;
import lupsite.model.Markdown;
import lupsite.model.Plan;
import lupsite.model.Position;
import lupsite.problem.Problems;

/** Reads the content folder into parsed, positioned trees. Knows the layout; knows nothing of meaning. */
public final class ContentLoader {

    public static final String SITE = "site.yaml";
    public static final String PLAN = "plan.yaml";
    public static final String GOALS = "goals.yaml";
    public static final String AREAS = "areas";
    public static final String FOLLOW_UPS = "followups";
    public static final String FOLLOW_UP_FILE = "followup.yaml";
    public static final String SUMMARY_FILE = "summary.md";
    /** A decided follow-up's archive: what it said and its PDF, as they were decided (written by lup-site archive). */
    public static final String ARCHIVE = "decided";
    public static final String ARCHIVE_RECORD = "record.json";
    public static final String INDICATORS = "indicators";
    public static final String PAGES = "pages";
    public static final String ACCESSIBILITY = "accessibility.yaml";
    public static final String ACCESSIBILITY_TEST = "accessibility-test.yaml";

    private final SourceTree tree;
    private final Problems problems;
    private final Queue<SchemaComment> schemaComments = new ConcurrentLinkedQueue<>();

    private ContentLoader(SourceTree tree, Problems problems) {
        this.tree = tree;
        this.problems = problems;
    }

    /** Reads {@code contentDir} through a {@link SourceTree}: links and special files are reported, never read. */
    public static RawContent load(Path contentDir, Problems problems) {
        SourceTree tree = SourceTree.scan(contentDir, "content");
        tree.refusals().forEach(r -> problems.error(Position.ofFile(r.path()), r.message()));
        return new ContentLoader(tree, problems).load();
    }

    private RawContent load() {
        return new RawContent(
                tree.isFile(SITE) || severalPlans() ? yaml(SITE, SITE_MISSING) : Optional.empty(),
                plans(),
                filesIn(INDICATORS, ".yaml").parallelStream().map(p -> yaml(p, MISSING)).flatMap(Optional::stream).toList(),
                filesIn(INDICATORS, ".csv").parallelStream()
                        .map(p -> SourceReader.read(tree, p, problems)).flatMap(Optional::stream).toList(),
                filesIn(INDICATORS, ".xlsx").stream().flatMap(p -> SourceReader.bytes(tree, p, problems)
                        .map(bytes -> new BinaryFile(p, bytes)).stream()).toList(),
                markdownFiles(PAGES),
                optionalYaml(ACCESSIBILITY),
                optionalYaml(ACCESSIBILITY_TEST),
                tree,
                schemaComments.stream().sorted(Comparator.comparing((SchemaComment c) -> c.position().file())).toList());
    }

    private static final String MISSING = "Filen saknas. Den behövs; se redaktörsguiden för ett exempel.";
    private static final String SITE_MISSING = "Filen saknas. En webbplats med flera planer (mappen " + Plan.PLANS
            + "/) behöver site.yaml med webbplatsens title och publishers; se redaktörsguiden, \"Flera planer på en "
            + "webbplats\".";
    /** A plan's start page is {@code <id>.html}: the names of the shared pages are not free for an id. */
    private static final Set<String> SHARED_PAGES = Set.of("index", "indikatorer", "sok", "sidor", "tillganglighet");
    private static final List<String> SHARED_PAGE_PREFIXES = List.of("sida-", "indikator-");

    /**
     * plans/ holds the plans when there is no plan at the top, or when a folder in it has a plan.yaml (then a plan
     * at the top too is an error). Otherwise it is a folder like any other of one plan's content.
     */
    private boolean severalPlans() {
        return tree.isFolder(Plan.PLANS) && (!tree.isFile(PLAN)
                || tree.foldersIn(Plan.PLANS).stream().anyMatch(id -> tree.isFile(Plan.folderOf(id) + PLAN)));
    }

    /** What every plan of a site shares, misplaced in one plan's folder, where nothing reads it. */
    private static final List<String> SHARED = List.of(SITE, ACCESSIBILITY, INDICATORS, PAGES, Plan.PLANS);

    /**
     * The plan at the top of the folder, or each folder of plans/. One layout or the other: the files of a plan
     * beside plans/ would be silently left out, so they are an error.
     */
    private List<RawPlan> plans() {
        if (!severalPlans()) {
            return List.of(plan(""));
        }
        for (String ownFile : List.of(PLAN, GOALS, AREAS, FOLLOW_UPS)) {
            if (tree.isFile(ownFile) || tree.isFolder(ownFile)) {
                problems.error(Position.ofFile(ownFile), "Innehållet har både " + ownFile + " och mappen " + Plan.PLANS
                        + "/. En webbplats har antingen en plan (plan.yaml, goals.yaml, areas/ och followups/ överst) "
                        + "eller flera (en mapp per plan i " + Plan.PLANS + "/). Flytta " + ownFile + " till planens mapp "
                        + "i " + Plan.PLANS + "/, eller ta bort mappen " + Plan.PLANS + "/.");
            }
        }
        List<String> ids = tree.foldersIn(Plan.PLANS);
        if (ids.isEmpty()) {
            problems.error(Position.ofFile(Plan.PLANS), "Mappen " + Plan.PLANS + "/ har inga planer. Lägg varje plan i en "
                    + "egen mapp, som " + Plan.PLANS + "/sjukfranvaro/plan.yaml, eller ta bort mappen för en webbplats "
                    + "med en plan.");
        }
        for (String file : tree.filesIn(Plan.PLANS)) {
            problems.error(Position.ofFile(file), "I " + Plan.PLANS + "/ ska det bara finnas en mapp per plan. Flytta "
                    + "filen in i en plans mapp eller ta bort den.");
        }
        return ids.stream().filter(id -> {
            boolean valid = Ids.isId(id);
            if (!valid) {
                problems.error(Position.ofFile(Plan.PLANS + "/" + id), "Mappnamnet \"" + id + "\" är planens id och får "
                        + "bara ha små bokstäver a–z, siffror och bindestreck, som sjukfranvaro eller psykisk-halsa.");
            } else if (SHARED_PAGES.contains(id) || SHARED_PAGE_PREFIXES.stream().anyMatch(id::startsWith)) {
                problems.error(Position.ofFile(Plan.PLANS + "/" + id), "Planens startsida skulle heta " + id + ".html, "
                        + "som redan är namnet på en av webbplatsens gemensamma sidor. Döp om mappen, till exempel till "
                        + "plan-" + id + ".");
                valid = false;
            }
            return valid;
        }).map(this::plan).toList();
    }

    private RawPlan plan(String id) {
        String folder = Plan.folderOf(id);
        for (String shared : SHARED) {
            if (!id.isEmpty() && (tree.isFile(folder + shared) || tree.isFolder(folder + shared))) {
                problems.error(Position.ofFile(folder + shared), shared + " hör till hela webbplatsen och läses bara "
                        + "överst i innehållet, inte i en plans mapp. Flytta det till content/" + shared + ".");
            }
        }
        return new RawPlan(id, yaml(folder + PLAN, MISSING), yaml(folder + GOALS, MISSING), markdownFiles(folder + AREAS),
                followUps(folder + FOLLOW_UPS));
    }

    /** The YAML file at {@code relative}; {@code whenMissing} says what to do when there is none. */
    private Optional<YamlDocument> yaml(String relative, String whenMissing) {
        if (!tree.isFile(relative)) {
            if (!tree.isRefused(relative)) {
                problems.error(Position.ofFile(relative), whenMissing);
            }
            return Optional.empty();
        }
        return SourceReader.read(tree, relative, problems)
                .flatMap(source -> {
                    SchemaComment.find(source).ifPresent(schemaComments::add);
                    if (source.text().isBlank()) {
                        problems.error(Position.ofFile(relative), "Filen är tom. Se redaktörsguiden för vad den ska "
                                + "innehålla.");
                        return Optional.empty();
                    }
                    return YamlParser.parse(source.text(), relative, 0, problems);
                })
                .map(node -> new YamlDocument(relative, node));
    }

    /** A YAML file that may be absent; what its absence means is for the check to say. */
    private Optional<YamlDocument> optionalYaml(String relative) {
        return tree.isFile(relative) ? yaml(relative, MISSING) : Optional.empty();
    }

    private List<MarkdownDocument> markdownFiles(String folder) {
        return filesIn(folder, ".md").parallelStream()
                .map(relative -> SourceReader.read(tree, relative, problems))
                .flatMap(Optional::stream)
                .map(source -> {
                    SchemaComment.find(source).ifPresent(schemaComments::add);
                    return FrontMatter.split(source, problems);
                })
                .toList();
    }

    private List<FollowUpFolder> followUps(String followUps) {
        return subfolders(followUps).parallelStream().map(name -> {
            String folder = followUps + "/" + name;
            String yamlPath = folder + "/" + FOLLOW_UP_FILE;
            Optional<YamlDocument> yaml = yaml(yamlPath, "Mappen " + folder + " har ingen " + FOLLOW_UP_FILE + ", men varje mapp i "
                    + FOLLOW_UPS + "/ är en uppföljning. Lägg dit en " + FOLLOW_UP_FILE + " (kommandot new-followup "
                    + "skapar mappen med en kopia av den senaste), eller ta bort mappen.");
            String summaryPath = folder + "/" + SUMMARY_FILE;
            Optional<Markdown> summary = tree.isFile(summaryPath)
                    ? SourceReader.read(tree, summaryPath, problems)
                            .map(s -> new Markdown(s.text(), Position.ofFile(summaryPath)))
                    : Optional.empty();
            String archivePath = folder + "/" + ARCHIVE + "/" + ARCHIVE_RECORD;
            Optional<SourceFile> archive = tree.isFile(archivePath)
                    ? SourceReader.read(tree, archivePath, problems) : Optional.empty();
            return new FollowUpFolder(name, yamlPath, yaml, summary, archive);
        }).toList();
    }

    /** Files directly in {@code folder} ending in {@code suffix}, as content-relative paths, sorted. */
    private List<String> filesIn(String folder, String suffix) {
        return tree.filesIn(folder).stream().filter(p -> p.endsWith(suffix)).toList();
    }

    private List<String> subfolders(String folder) {
        return tree.foldersIn(folder);
    }
}
