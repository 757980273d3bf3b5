package lupsite.check;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import lupsite.load.BinaryFile;
import lupsite.load.FollowUpFolder;
import lupsite.load.MarkdownDocument;
import lupsite.load.Node;
import lupsite.load.Node.Entry;
import lupsite.load.Node.MapNode;
import lupsite.load.Node.ScalarNode;
import lupsite.load.RawContent;
import lupsite.load.RawPlan;
import lupsite.load.SourceFile;
import lupsite.load.YamlDocument;
import lupsite.markdown.MarkdownParser;
import lupsite.model.AccessibilityStatement;
import lupsite.model.Activity;
import lupsite.model.Area;
import lupsite.model.Assessment;
import lupsite.model.Content;
import lupsite.model.Decision;
import lupsite.model.Earlier;
import lupsite.model.FollowUp;
import lupsite.model.Goal;
import lupsite.model.Horizon;
import lupsite.model.Ids;
import lupsite.model.Indicator;
import lupsite.model.Lifecycle;
import lupsite.model.Markdown;
import lupsite.model.Page;
import lupsite.model.PartialDate;
import lupsite.model.Plan;
import lupsite.model.PlanVersion;
import lupsite.model.Position;
import lupsite.model.Site;
import lupsite.model.SiteSettings;
import lupsite.model.Status;
import lupsite.model.StatusScale;
import lupsite.model.Vocabulary;
import lupsite.model.Target;
import lupsite.problem.Problems;
import lupsite.problem.Suggestions;

/**
 * Turns parsed content into the model, reporting everything wrong on the way: schema violations first, then
 * what only the whole content can tell (unknown or repeated ids, statuses outside the scale, follow-ups that
 * leave something out, broken links). Content comes out only when there is no error.
 */
public final class ContentChecker {

    /** How the summary new-followup copies begins, until the editor rewrites it. */
    public static final String SUMMARY_TODO = "> **Att göra:**";

    private static final int DEFAULT_PAGE_ORDER = 100;
    private static final String DEFAULT_LANGUAGE = "sv";

    private final Problems problems;
    private final MarkdownParser parser;
    private final Map<Schema.Kind, Schema> schemas = new HashMap<>();
    private final Revisions revisions;
    private Set<String> files = Set.of();
    /** plan.yaml's {@code responsibles}: id to the name shown. */
    private Map<String, String> responsibles = Map.of();

    private ContentChecker(Problems problems, MarkdownParser parser) {
        this.problems = problems;
        this.parser = parser;
        this.revisions = new Revisions(problems);
        Schema.ALL.forEach(kind -> schemas.put(kind, Schema.load(kind)));
    }

    public static Optional<Site> check(RawContent raw, MarkdownParser parser, Problems problems) {
        return new ContentChecker(problems, parser).check(raw);
    }

    /** What the plans share, checked once for all of them. */
    private record Shared(List<Indicator> indicators, List<Page> pages, Optional<AccessibilityStatement> accessibility,
                          boolean severalPlans, List<String> publishers, String language) {
    }

    private Optional<Site> check(RawContent raw) {
        files = raw.tree().files();
        List<Indicator> indicators = indicators(raw);
        Map<String, PageHierarchy.Placement> placements = new HashMap<>();
        List<Page> pages = raw.pages().stream().flatMap(doc -> page(doc, placements).stream()).toList();
        PageHierarchy.check(pages, placements, new References("", List.of(), List.of(), indicators, pages, problems),
                problems);
        Optional<AccessibilityStatement> accessibility =
                AccessibilityChecker.check(raw.accessibility(), raw.accessibilityTest(), problems);
        if (raw.plans().isEmpty()) {
            return Optional.empty(); // plans/ without a plan: the loader said so
        }
        boolean several = !raw.plans().get(0).id().isEmpty();
        Optional<Fields> siteFields = valid(raw.site(), Schema.Kind.SITE);
        Optional<URI> baseUrl = siteFields.flatMap(this::baseUrl);
        Optional<SiteSettings> site = several ? siteFields.map(f -> severalPlans(f, baseUrl)) : Optional.empty();
        siteFields.filter(f -> !several).ifPresent(this::onePlanOnly);
        // A plan of several is published by the site's publishers unless it names its own, in the site's language.
        Shared shared = new Shared(indicators, pages, accessibility, several,
                site.map(SiteSettings::publishers).orElse(List.of()),
                site.map(SiteSettings::language).orElse(DEFAULT_LANGUAGE));
        List<Optional<Content>> plans = raw.plans().stream().map(p -> plan(p, shared)).toList();
        List<Plan> read = plans.stream().flatMap(Optional::stream).map(Content::plan).toList();
        distinctFilePrefixes(read);
        oneColourPerStatus(read);

        if (plans.stream().anyMatch(Optional::isEmpty) || problems.hasErrors()) {
            return Optional.empty();
        }
        List<Content> checked = plans.stream().map(Optional::orElseThrow).toList();
        SiteSettings settings = site.orElseGet(() -> SiteSettings.of(checked.get(0).plan(), baseUrl));
        SortedMap<String, Long> published = LinkChecker.check(checked, raw.tree(), parser, problems);
        return problems.hasErrors() ? Optional.empty()
                : Optional.of(new Site(settings, checked.stream().map(c -> c.withFiles(published)).toList()));
    }

    /** One plan's files, with what the plans share; empty when its plan.yaml could not be read. */
    private Optional<Content> plan(RawPlan raw, Shared shared) {
        Optional<Fields> planFields = valid(raw.plan(), Schema.Kind.PLAN);
        Optional<Plan> plan = planFields.map(f -> plan(raw.id(), f, shared));
        List<Goal> goals = valid(raw.goals(), Schema.Kind.GOALS)
                .map(f -> f.list("goals").stream().map(this::goal).toList()).orElse(List.of());
        responsibles = planFields.map(f -> f.list("responsibles").stream()
                .collect(Collectors.toMap(r -> r.text("id"), r -> r.text("name"), (a, b) -> a))).orElse(Map.of());
        List<Area> areas = raw.areas().stream().flatMap(doc -> area(doc).stream()).toList();

        unique(goals, Goal::id, Goal::position, "Målet");
        unique(areas, Area::id, Area::position, "Målområdet");
        unique(areas.stream().flatMap(a -> a.activities().stream()).toList(), Activity::id, Activity::position,
                "Aktiviteten");

        References references = new References(Plan.folderOf(raw.id()), goals, areas, shared.indicators(),
                shared.pages(), problems);
        plan.ifPresent(p -> goals.forEach(g -> {
            checkGoal(g, p, references, null);
            g.earlier().forEach(e -> checkGoal(e.value(), p, references, g));
        }));
        plan.ifPresent(p -> revisions.check(p, goals, areas));
        return plan.map(p -> {
            Content withoutFollowUps = new Content(p, goals, areas, List.of(), shared.indicators(), shared.pages(),
                    Optional.empty(), new TreeMap<>());
            return new Content(p, goals, areas, followUps(raw, withoutFollowUps, references), shared.indicators(),
                    shared.pages(), shared.accessibility(), new TreeMap<>());
        });
    }

    /** Each plan's PDFs and data file are named by its file prefix, so two plans must not share one. */
    private void distinctFilePrefixes(List<Plan> plans) {
        Map<String, Plan> seen = new HashMap<>();
        for (Plan plan : plans) {
            Plan first = seen.putIfAbsent(plan.vocabulary().filePrefix(), plan);
            if (first != null) {
                problems.error(plan.position(), "Planerna " + first.id() + " och " + plan.id() + " har samma början på "
                        + "filnamnen, \"" + plan.vocabulary().filePrefix() + "\" (words.filePrefix), så deras PDF:er och "
                        + "datafiler skulle få samma namn. Ge den ena planen en egen filePrefix, eller ta bort filePrefix "
                        + "så att planens id används.");
            }
        }
    }

    /**
     * The site has one stylesheet of status colours, with a class per status id, so a status id two plans share
     * must have one colour.
     */
    private void oneColourPerStatus(List<Plan> plans) {
        Map<String, Plan> first = new HashMap<>();
        Map<String, String> colours = new HashMap<>();
        for (Plan plan : plans) {
            for (Status status : Stream.concat(plan.goalStatuses().statuses().stream(),
                    plan.activityStatuses().statuses().stream()).toList()) {
                String colour = status.color() == null ? NO_COLOUR : status.color().toLowerCase(Locale.ROOT);
                String earlier = colours.putIfAbsent(status.id(), colour);
                if (earlier == null) {
                    first.put(status.id(), plan);
                } else if (!earlier.equals(colour)) {
                    problems.error(plan.position(), "Statusen \"" + status.id() + "\" har " + colourWords(colour)
                            + " här men " + colourWords(earlier) + " i " + first.get(status.id()).folder() + "plan.yaml. "
                            + "Samma status visas med samma färg på hela webbplatsen: ge den samma färg (color) i båda "
                            + "planerna, eller ett eget id i den ena.");
                }
            }
        }
    }

    private static final String NO_COLOUR = "";

    private static String colourWords(String colour) {
        return colour.equals(NO_COLOUR) ? "ingen färg" : "färgen " + colour;
    }

    /** site.yaml beside one plan: only baseUrl, since its title, publishers and language are in plan.yaml. */
    private void onePlanOnly(Fields site) {
        Stream.of("title", "publishers", "language").filter(site::has).findFirst().ifPresent(key -> problems.error(
                site.keyPosition(key), "site.yaml: " + key + " gäller bara en webbplats med flera planer (mappen "
                        + Plan.PLANS + "/). En webbplats med en plan har sin titel, utgivare och sitt språk i plan.yaml; "
                        + "ta bort " + key + " här."));
    }

    /** site.yaml of a site of several plans, which names the site. */
    private SiteSettings severalPlans(Fields f, Optional<URI> baseUrl) {
        for (String key : List.of("title", "publishers")) {
            if (!f.has(key)) {
                problems.error(f.position(), "site.yaml: nyckeln \"" + key + "\" saknas. En webbplats med flera planer "
                        + "har sin titel (title) och sina utgivare (publishers, en eller flera organisationer) här, t.ex. "
                        + "title: Planer för hälsa i Region Exempel.");
            }
        }
        return new SiteSettings(f.optionalText("title").orElse(""), f.texts("publishers"),
                f.optionalText("language").orElse(DEFAULT_LANGUAGE), baseUrl, f.position());
    }

    /** The schema's pattern lets through what is no address at all ("https://exa|mple.se/"). */
    private Optional<URI> baseUrl(Fields site) {
        return site.scalar("baseUrl").flatMap(node -> {
            try {
                URI uri = new URI(node.text());
                if (uri.getHost() != null) {
                    return Optional.of(uri);
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            problems.error(node.valueStart(), "baseUrl \"" + node.text() + "\" är ingen webbadress. Skriv "
                    + "webbplatsens fullständiga adress, som den står i webbläsaren, t.ex. https://intranat.region.se/lup/.");
            return Optional.empty();
        });
    }

    private Optional<Fields> valid(Optional<YamlDocument> doc, Schema.Kind kind) {
        return doc.flatMap(d -> valid(d.root(), kind));
    }

    private Optional<Fields> valid(Node root, Schema.Kind kind) {
        return SchemaValidator.validate(root, schemas.get(kind), problems)
                ? Optional.of(new Fields((MapNode) root, problems)) : Optional.empty();
    }

    // ---- plan.yaml, goals.yaml

    /** {@code shared}: in a site of several plans, who publishes a plan that does not say, and the language. */
    private Plan plan(String id, Fields f, Shared shared) {
        if (shared.severalPlans() && f.has("language")) {
            problems.error(f.keyPosition("language"), "En webbplats med flera planer har ett språk, i site.yaml. Ta "
                    + "bort language här (och skriv det i site.yaml om det inte är sv).");
        }
        unique(f.list("responsibles"), r -> r.text("id"), r -> r.position("id"), "Den ansvariga");
        List<PlanVersion> versions = revisions.versions(f, f.text("title"), this::decision);
        return new Plan(
                id,
                versions.get(versions.size() - 1).title(),
                publishers(f, shared),
                f.optionalText("owner").orElse(null),
                f.markdown("description"),
                f.list("horizons").stream().map(h -> new Horizon(h.integer("years", 0), h.optionalText("lead").orElse(null))).toList(),
                scale(f, "goalStatuses", true),
                scale(f, "activityStatuses", false),
                shared.severalPlans() ? shared.language() : f.optionalText("language").orElse(DEFAULT_LANGUAGE),
                versions,
                vocabulary(id, f),
                f.position());
    }

    /** {@code publishers:}, one or several organisations; {@code region:} is the one publisher of a plan that says only that. */
    private List<String> publishers(Fields plan, Shared shared) {
        List<String> publishers = plan.texts("publishers");
        Optional<String> region = plan.optionalText("region");
        if (publishers.isEmpty() && region.isEmpty() && shared.severalPlans()) {
            return shared.publishers(); // site.yaml's, which says itself when it has none
        }
        if (!publishers.isEmpty() && region.isPresent()) {
            problems.error(plan.keyPosition("region"), "plan.yaml har både region och publishers. Skriv den som ger ut "
                    + "planen på ett ställe: som publishers (en lista, en eller flera organisationer) eller som region.");
        } else if (publishers.isEmpty() && region.isEmpty()) {
            problems.error(plan.position(), "Vem som ger ut planen saknas. Skriv region: Region Exempel, eller publishers: "
                    + "med en organisation per rad om planen har flera.");
        }
        return publishers.isEmpty() ? region.map(List::of).orElse(List.of()) : publishers;
    }

    /** {@code words:} the plan's own words for its parts; today's words where it sets none. */
    private Vocabulary vocabulary(String planId, Fields plan) {
        Optional<Fields> words = plan.fields("words");
        // Each plan of several names its files by its id unless it says otherwise: two "lup-" would collide.
        String prefix = planId.isEmpty() ? Vocabulary.DEFAULT_PREFIX : planId;
        if (words.isEmpty()) {
            return new Vocabulary(Map.of(), null, prefix);
        }
        Map<String, List<String>> forms = new HashMap<>();
        for (String word : Vocabulary.WORDS) {
            words.get().fields(word).ifPresent(w -> forms.put(word, List.of(w.text("singular"), w.text("plural"),
                    w.text("definite"), w.text("definitePlural"))));
        }
        return new Vocabulary(forms, words.get().optionalText("horizon").orElse(null),
                words.get().optionalText("filePrefix").orElse(prefix));
    }

    private Decision decision(Fields f) {
        return new Decision(f.partialDate("date").orElse(null), f.optionalText("body").orElse(null),
                f.optionalText("reference").orElse(null),
                f.optionalText("paragraph").orElse(null));
    }

    /** {@code goals}: the goals' scale, whose meanings are those of a goal; else the activities'. */
    private StatusScale scale(Fields plan, String key, boolean goals) {
        List<Fields> entries = plan.list(key);
        List<Status> statuses = new ArrayList<>();
        Map<Status.Meaning, String> meant = new HashMap<>();
        for (int rank = 0; rank < entries.size(); rank++) {
            Fields s = entries.get(rank);
            String id = s.text("id");
            Status.Meaning meaning = s.scalar("meaning").flatMap(node -> meaning(node, goals)).orElse(null);
            String earlier = meaning == null ? null : meant.putIfAbsent(meaning, id);
            if (earlier != null) {
                problems.error(s.scalar("meaning").orElseThrow().valueStart(), "Statusarna \"" + earlier + "\" och \""
                        + id + "\" har båda betydelsen " + meaning.key + ". Varje betydelse får höra till en status, så "
                        + "att det är entydigt vilken status siffrorna talar för; ta bort meaning: på den ena.");
            }
            statuses.add(new Status(id, s.text("label"), s.text("symbol"), s.optionalText("color").orElse(null), rank,
                    meaning));
        }
        unique(entries, e -> e.text("id"), e -> e.position("id"), "Statusen");
        return new StatusScale(statuses);
    }

    private Optional<Status.Meaning> meaning(ScalarNode node, boolean goals) {
        List<String> allowed = Status.Meaning.of(goals).stream().map(m -> m.key).toList();
        Optional<Status.Meaning> meaning = Status.Meaning.byKey(node.text()).filter(m -> allowed.contains(m.key));
        if (meaning.isEmpty()) {
            problems.error(node.valueStart(), "Betydelsen \"" + node.text() + "\" finns inte för "
                    + (goals ? "mål" : "aktiviteter")
                    + Suggestions.closest(node.text(), allowed).map(m -> " – menade du " + m + "?").orElse(".")
                    + " Möjliga betydelser för " + (goals ? "målens" : "aktiviteternas") + " statusar: "
                    + String.join(", ", allowed) + ".");
        }
        return meaning;
    }

    private Goal goal(Fields f) {
        String id = f.text("id");
        List<Fields> earlier = f.list("earlier");
        Lifecycle lifecycle = revisions.lifecycle(Revisions.Kind.GOAL, id, f, earlier);
        int horizon = f.integer("horizon", Goal.NO_HORIZON);
        PartialDate due = f.partialDate("due").orElse(null);
        if (horizon == Goal.NO_HORIZON && due == null && f.scalar("due").isEmpty()) {
            problems.error(f.position("id"), "Målet \"" + id + "\" har varken horizon (tidshorisont i år) eller due "
                    + "(slutdatum). Skriv det ena eller båda, t.ex. horizon: 4 eller due: 2022-12-31.");
        }
        String text = f.text("text");
        String area = f.optionalText("area").orElse(null);
        Optional<Target> target = f.fields("target").map(this::target);
        return new Goal(id, horizon, due, text, area, target, f.position("id"), lifecycle,
                revisions.earlier(earlier, e -> new Goal(id, e.integer("horizon", horizon),
                        e.partialDate("due").orElse(due),
                        e.optionalText("text").orElse(text), e.optionalText("area").orElse(area),
                        e.fields("target").map(this::target).or(() -> target), e.position("until"), lifecycle, List.of())));
    }

    private Target target(Fields t) {
        List<Target.Kind> given = Arrays.stream(Target.Kind.values()).filter(k -> t.scalar(k.key).isPresent()).toList();
        if (given.size() != 1) {
            problems.error(t.position(), "Ett mätbart mål ska ha precis en av "
                    + String.join(", ", Arrays.stream(Target.Kind.values()).map(k -> k.key).toList())
                    + (given.isEmpty() ? ", men har ingen." : ", men har " + String.join(" och ",
                            given.stream().map(k -> k.key).toList()) + "."));
        }
        Target.Kind kind = given.isEmpty() ? Target.Kind.DECREASE_BY : given.get(0);
        Optional<java.time.LocalDate> baseline = t.date("baseline");
        if (!kind.isLevel() && t.scalar("baseline").isEmpty()) {
            problems.error(t.position(), "Ett mål med " + kind.key + " jämför med ett utgångsläge: skriv baseline: "
                    + "med ett datum som finns i indikatorn, t.ex. baseline: 2014-12-31.");
        }
        return new Target(t.text("indicator"), t.text("series"), t.optionalText("compareTo").orElse(null),
                baseline.orElse(null), kind, t.scalar(kind.key).map(Fields::decimal).orElse(BigDecimal.ZERO),
                t.position());
    }

    /** {@code current} is null for a goal as it reads now; for an earlier wording, only what differs is checked. */
    private void checkGoal(Goal goal, Plan plan, References references, Goal current) {
        List<Integer> horizons = plan.horizons().stream().map(Horizon::years).toList();
        if (goal.horizon() != Goal.NO_HORIZON && !horizons.contains(goal.horizon())
                && (current == null || goal.horizon() != current.horizon())) {
            problems.error(goal.position(), "Målet \"" + goal.id() + "\" har tidshorisonten " + goal.horizon()
                    + " år, som inte finns i plan.yaml. Använd en av: "
                    + String.join(", ", horizons.stream().map(String::valueOf).toList()) + ".");
        }
        if (goal.areaId() != null && (current == null || !goal.areaId().equals(current.areaId()))) {
            references.require(references.areas.keySet(), goal.areaId(), goal.position(), "Målområdet", "areas/");
        }
        goal.target().filter(t -> current == null || !current.target().equals(goal.target()))
                .ifPresent(t -> references.indicator(t.indicatorId(), t.position()).ifPresent(indicator -> {
            Optional<Indicator.Series> series = references.series(indicator, t.seriesId(), t.position());
            if (t.comparesSeries()) {
                references.series(indicator, t.compareToSeriesId(), t.position());
            }
            if (t.baseline() != null && series.isPresent() && series.get().valueAt(t.baseline()).isEmpty()
                    && references.reliable("indicators/")) {
                problems.error(t.position(), "Basdatumet " + t.baseline() + " saknas i serien \"" + t.seriesId()
                        + "\" i " + indicator.valuesFile() + ". Lägg till värdet där eller välj ett datum som finns.");
            }
        }));
    }

    // ---- areas, pages, indicators

    private List<Indicator> indicators(RawContent raw) {
        IndicatorChecker checker = new IndicatorChecker(problems);
        Map<String, SourceFile> csvs = new HashMap<>();
        raw.indicatorValues().forEach(csv -> csvs.put(csv.path().replaceAll("\\.csv$", ".yaml"), csv));
        Map<String, BinaryFile> workbooks = new HashMap<>();
        raw.indicatorWorkbooks().forEach(xlsx -> workbooks.put(xlsx.path().replaceAll("\\.xlsx$", ".yaml"), xlsx));
        List<Indicator> indicators = new ArrayList<>();
        for (YamlDocument doc : raw.indicators()) {
            Optional<SourceFile> csv = Optional.ofNullable(csvs.remove(doc.path()));
            Optional<BinaryFile> workbook = Optional.ofNullable(workbooks.remove(doc.path()));
            valid(Optional.of(doc), Schema.Kind.INDICATOR).ifPresent(f -> {
                unique(f.list("series"), s -> s.text("id"), s -> s.position("id"), "Serien");
                indicators.add(checker.indicator(stem(doc.path(), ".yaml"), doc.path(), f, csv, workbook));
            });
        }
        Stream.concat(csvs.values().stream().map(SourceFile::path), workbooks.values().stream().map(BinaryFile::path))
                .sorted().forEach(checker::orphan);
        return indicators;
    }

    private Optional<Area> area(MarkdownDocument doc) {
        return doc.frontMatter().flatMap(root -> valid(root, Schema.Kind.AREA)).map(f -> {
            String id = f.text("id");
            List<Activity> activities = f.list("activities").stream().map(a -> activity(a, id)).toList();
            List<Fields> earlier = f.list("earlier");
            Lifecycle lifecycle = revisions.lifecycle(Revisions.Kind.AREA, id, f, earlier);
            String title = f.text("title");
            return new Area(id, title, doc.body(), activities, f.position("id"), lifecycle,
                    revisions.earlier(earlier, e -> new Area(id, e.optionalText("title").orElse(title),
                            e.scalar("intro").isPresent() ? e.markdown("intro") : doc.body(), activities,
                            e.position("until"), lifecycle, List.of())));
        });
    }

    private Activity activity(Fields a, String areaId) {
        String id = a.text("id");
        List<Fields> earlier = a.list("earlier");
        Lifecycle lifecycle = revisions.lifecycle(Revisions.Kind.ACTIVITY, id, a, earlier);
        Markdown text = a.markdown("text");
        String responsible = a.scalar("responsible").map(this::responsible).orElse(null);
        PartialDate start = a.partialDate("start").orElse(null);
        PartialDate due = a.partialDate("due").orElse(null);
        if (start != null && due != null && start.firstDay().isAfter(due.lastDay())) {
            problems.error(a.scalar("due").orElseThrow().valueStart(), "Aktiviteten \"" + id + "\" ska vara klar "
                    + due + ", före sin start " + start + ". Rätta start eller due.");
        }
        return new Activity(id, areaId, text, responsible, start, due, a.position("id"), lifecycle,
                revisions.earlier(earlier, e -> new Activity(id, areaId,
                        e.scalar("text").isPresent() ? e.markdown("text") : text, responsible, start, due,
                        e.position("until"), lifecycle, List.of())));
    }

    /**
     * Who is responsible, as shown: the name of an id from plan.yaml's {@code responsibles}, or the text as written.
     * A value written like an id that is not in the list is most likely a misspelt one.
     */
    private String responsible(ScalarNode node) {
        String value = node.text();
        if (responsibles.containsKey(value)) {
            return responsibles.get(value);
        }
        if (!responsibles.isEmpty() && Ids.isId(value)) {
            problems.error(node.valueStart(), "\"" + value + "\" finns inte bland responsibles i plan.yaml"
                    + Suggestions.closest(value, List.copyOf(responsibles.keySet())).map(c -> " – menade du " + c + "?")
                            .orElse(".")
                    + " Skriv ett id därifrån (" + String.join(", ", new TreeSet<>(responsibles.keySet()))
                    + "), eller vem som är ansvarig med egna ord, t.ex. HR-direktören.");
        }
        return value;
    }

    private Optional<Page> page(MarkdownDocument doc, Map<String, PageHierarchy.Placement> placements) {
        String id = stem(doc.path(), ".md");
        return doc.frontMatter().flatMap(root -> valid(root, Schema.Kind.PAGE)).map(f -> {
            placements.putIfAbsent(id, new PageHierarchy.Placement(f.scalar("parent").map(ScalarNode::position).orElse(null),
                    f.scalar("menu").map(ScalarNode::position).orElse(null),
                    f.scalar("pdf").map(ScalarNode::position).orElse(null)));
            return new Page(id, f.text("title"), f.integer("order", DEFAULT_PAGE_ORDER),
                    f.optionalText("summary").orElse(null), f.optionalText("menu").map(Boolean::parseBoolean).orElse(true),
                    f.optionalText("parent").orElse(null), doc.body(),
                    f.list("downloads").stream().map(d -> new Page.Download(d.text("file"), d.text("title"),
                            d.position("file"))).toList(),
                    f.optionalText("pdf").map(Boolean::parseBoolean).orElse(false), f.partialDate("date").orElse(null),
                    Position.ofFile(doc.path()));
        });
    }

    private String stem(String path, String suffix) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String stem = name.substring(0, name.length() - suffix.length());
        if (!Ids.isId(stem)) {
            String example = Suggestions.conventional(stem).stream().filter(Ids::isId).findFirst()
                    .map(c -> "; döp om filen till " + c + suffix).orElse(", till exempel budget-2019" + suffix);
            problems.error(Position.ofFile(path), "Filnamnet \"" + name + "\" ska bestå av små bokstäver a–z, "
                    + "siffror och bindestreck (det blir sidans adress)" + example + ".");
        }
        return stem;
    }

    // ---- follow-ups

    private List<FollowUp> followUps(RawPlan raw, Content plan, References references) {
        Map<String, Content> versions = new HashMap<>();
        List<FollowUp> followUps = raw.followUps().stream()
                .flatMap(folder -> followUp(folder, plan, versions, references).stream())
                .sorted(Comparator.comparing(FollowUp::date)).toList();
        for (int i = 1; i < followUps.size(); i++) {
            FollowUp before = followUps.get(i - 1);
            FollowUp after = followUps.get(i);
            if (before.date().equals(after.date())) {
                problems.error(after.position(), "Det finns redan en uppföljning med datumet " + after.date() + " ("
                        + before.position().file() + "). Varje uppföljning har ett eget datum; ändra datumet eller "
                        + "ta bort den ena.");
            } else if (before.date().overlaps(after.date())) {
                problems.error(after.position(), "Uppföljningarna " + before.date() + " och " + after.date()
                        + " kan inte ordnas i tid: den ena kan ligga inom den andra. Ange dagen (ÅÅÅÅ-MM-DD) eller "
                        + "månaden för den som bara har år eller månad.");
            }
        }
        return followUps;
    }

    /** {@code versions} keeps the plan as each version stated it, made once for all the follow-ups on it. */
    private Optional<FollowUp> followUp(FollowUpFolder folder, Content content, Map<String, Content> versions,
                                        References references) {
        Plan plan = content.plan();
        return folder.yaml().flatMap(doc -> valid(doc.root(), Schema.Kind.FOLLOW_UP)).flatMap(f -> {
            Optional<PartialDate> date = f.partialDate("date");
            date.filter(d -> !d.iso().equals(folder.name())).ifPresent(d -> problems.error(f.position("date"),
                    "Datumet " + d + " stämmer inte med mappens namn \"" + folder.name() + "\". Mappen ska heta "
                            + "som uppföljningens datum: ÅÅÅÅ-MM-DD, eller ÅÅÅÅ-MM eller ÅÅÅÅ om dagen inte är känd."));
            f.texts("pages").forEach(id -> references.require(references.pages.keySet(), id, f.position("pages"), "Sidan", "pages/"));
            folder.summary().filter(s -> s.source().startsWith(SUMMARY_TODO)).ifPresent(s -> problems.warning(
                    s.origin(), "Sammanfattningen är kopierad från föregående uppföljning och inte omskriven. Skriv om "
                            + "den och ta sedan bort stycket \"Att göra\" överst."));
            boolean partial = f.flag("partial");
            Optional<PlanVersion> version = date.flatMap(d -> planVersion(f, d, plan));
            Optional<Content> inForce = version.map(v -> versions.computeIfAbsent(v.id(), id -> content.at(v)));
            List<Assessment> goals = assessments(f, GOALS, plan.goalStatuses(), references, references.goals,
                    version.map(v -> new InForce(v, ids(inForce.get().goals().stream().map(Goal::id)),
                            id -> whyNotInForce(content, v, id, true))), partial);
            List<Assessment> activities = assessments(f, ACTIVITIES, plan.activityStatuses(), references,
                    references.activities, version.map(v -> new InForce(v, ids(inForce.get().activities().map(Activity::id)),
                            id -> whyNotInForce(content, v, id, false))), partial);
            return date.flatMap(d -> version.map(v -> new FollowUp(d, f.optionalText("title").orElse("Uppföljning per " + d),
                    partial, f.optionalText("goalsCaption").orElse(null), f.fields("decision").map(this::decision),
                    f.texts("pages"), f.markdown("statusNote"), folder.summary().orElse(new Markdown("", f.position())),
                    goals, activities, f.position(), v.id(),
                    Decisions.decided(f, d, folder.archive(), files, this::decision, problems))));
        });
    }

    /**
     * The version a follow-up reports on: the one it names, or the one in force at its date. A version adopted
     * after the follow-up's date cannot be it; a revision adopted within an imprecise date ("2020") leaves the
     * choice open, so the editor is asked to name it.
     */
    private Optional<PlanVersion> planVersion(Fields f, PartialDate date, Plan plan) {
        Optional<ScalarNode> named = f.scalar("planVersion");
        if (named.isPresent()) {
            Optional<PlanVersion> version = plan.version(named.get().text());
            if (version.isEmpty()) {
                problems.error(named.get().valueStart(), Revisions.unknownVersion(plan, named.get().text()));
            }
            version.flatMap(v -> Revisions.datedBefore(date, v))
                    .ifPresent(message -> problems.error(named.get().valueStart(), message));
            return version;
        }
        PlanVersion version = plan.versionAt(date);
        Revisions.datedBefore(date, version).ifPresent(message -> problems.error(f.position("date"), message));
        plan.versions().stream().skip(1)
                .filter(v -> v.adopted().date() != null && v.adopted().date().overlaps(date)
                        && !(v.adopted().date().isDay() && date.isDay()))
                .findFirst()
                .ifPresent(v -> problems.warning(f.position("date"), "Det går inte att avgöra vilken version av planen "
                        + "uppföljningen " + date + " redovisar: version " + v.id() + " antogs " + v.adopted().date()
                        + ", inom uppföljningens datum. Skriv planVersion: \"" + version.id() + "\" i followup.yaml "
                        + "(eller id för den version den redovisar)."));
        return Optional.of(version);
    }

    private static Set<String> ids(Stream<String> ids) {
        return ids.collect(Collectors.toSet());
    }

    /** Why a goal or activity that the plan has is not part of {@code version}, for the error that says so. */
    private static String whyNotInForce(Content content, PlanVersion version, String id, boolean goal) {
        Plan plan = content.plan();
        if (goal) {
            return Revisions.whyNotInForce(plan, content.goal(id).orElseThrow().lifecycle(), version, "det");
        }
        Activity activity = content.activities().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
        if (!plan.inForce(activity.lifecycle(), version)) {
            return Revisions.whyNotInForce(plan, activity.lifecycle(), version, "den");
        }
        Area area = content.area(activity.areaId()).orElseThrow();
        return "dess målområde \"" + area.id() + "\" ingår inte: " + Revisions.whyNotInForce(plan, area.lifecycle(),
                version, "det");
    }

    /** What differs between the goals and the activities of a follow-up, in code and in the messages. */
    private record AssessedKind(String key, String textKey, String textWord, String textDefinite, String subjectWord,
                                String pronoun, String scaleOwner, String where) {
    }

    private static final AssessedKind GOALS = new AssessedKind("goals", "comment", "kommentar", "kommentaren",
            "Målet", "det", "målens", "goals.yaml");
    private static final AssessedKind ACTIVITIES = new AssessedKind("activities", "note", "notering", "noteringen",
            "Aktiviteten", "den", "aktiviteternas", "areas/");

    /** The goals (activities) of the version a follow-up reports on, and why one the plan has is not among them. */
    private record InForce(PlanVersion version, Set<String> ids, Function<String, String> whyNot) {
    }

    /**
     * {@code subjects} are every goal (activity) the plan has ever had; {@code inForce} is empty when the
     * version the follow-up reports on is not known.
     */
    private List<Assessment> assessments(Fields followUp, AssessedKind kind, StatusScale scale,
                                         References references, Map<String, Position> subjects,
                                         Optional<InForce> inForce, boolean partial) {
        Optional<Entry> section = followUp.map().entries().stream().filter(e -> e.key().text().equals(kind.key()))
                .findFirst();
        MapNode map = section.map(e -> (MapNode) e.value()).orElse(new MapNode(List.of(), followUp.position()));
        Position sectionAt = section.map(e -> e.key().position()).orElse(followUp.position());
        List<Assessment> result = new ArrayList<>();
        for (Entry entry : map.entries()) {
            String id = entry.key().text();
            Fields f = new Fields((MapNode) entry.value(), problems);
            // A follow-up names what the plan had then: one gone from the files was deleted rather than ended.
            boolean known = references.require(subjects.keySet(), id, entry.key().position(), kind.subjectWord(),
                    kind.where(), " Har " + kind.pronoun() + " tagits bort ur planen? Låt " + kind.pronoun() + " stå kvar i "
                    + kind.where() + " med ended: (version och skäl), så att tidigare uppföljningar hittar "
                    + kind.pronoun() + ".");
            if (known && inForce.isPresent() && !inForce.get().ids().contains(id)) {
                problems.error(entry.key().position(), kind.subjectWord() + " \"" + id + "\" ingår inte i planversion "
                        + inForce.get().version().id() + ", som uppföljningen redovisar: " + inForce.get().whyNot().apply(id)
                        + ". Ta bort " + kind.pronoun() + " ur uppföljningen, eller ange i planVersion den version "
                        + "uppföljningen redovisar.");
                known = false;
            }
            Optional<ScalarNode> statusNode = f.scalar("status");
            Optional<Status> status = statusNode.flatMap(n -> scale.find(n.text()));
            statusNode.filter(n -> status.isEmpty()).ifPresent(n -> problems.error(n.valueStart(), "Statusen \""
                    + n.text() + "\" finns inte bland " + kind.scaleOwner() + " statusar i plan.yaml"
                    + Suggestions.closest(n.text(), scale.ids()).map(s -> " – menade du " + s + "?").orElse(".")
                    + " Möjliga statusar: " + String.join(", ", scale.ids()) + "."));
            Markdown text = f.markdown(kind.textKey());
            if (statusNode.isEmpty() && text.isBlank() && !partial) {
                problems.warning(entry.key().position(), kind.subjectWord() + " \"" + id + "\" har varken status eller "
                        + kind.textWord() + ". Skriv status och " + kind.textWord() + ", eller bara en " + kind.textWord()
                        + " om varför " + kind.pronoun() + " inte bedöms.");
            }
            if (f.flag("review")) {
                problems.warning(f.position("review"), "Statusen och " + kind.textDefinite() + " för "
                        + kind.subjectWord().toLowerCase(Locale.ROOT) + " \"" + id + "\" är kopierade från föregående "
                        + "uppföljning och inte granskade. Bedöm dem på nytt och ta sedan bort raden review: true.");
            }
            if (known && status.isPresent() == statusNode.isPresent()) {
                result.add(new Assessment(id, status, f.flag("reconstructed"), f.flag("review"), text,
                        entry.key().position(), statusNode.map(ScalarNode::valueStart).orElse(entry.key().position())));
            }
        }
        if (!partial && references.reliable(kind.where()) && inForce.isPresent()) {
            Set<String> present = map.entries().stream().map(e -> e.key().text()).collect(Collectors.toSet());
            subjects.keySet().stream().filter(id -> inForce.get().ids().contains(id) && !present.contains(id)).forEach(id -> problems.warning(
                    sectionAt, kind.subjectWord() + " \"" + id + "\" saknas i uppföljningen. Lägg till "
                            + kind.pronoun() + " under " + kind.key() + ": med status och " + kind.textWord() + "."));
        }
        return result;
    }

    // ---- shared

    private <T> void unique(Collection<T> items, Function<T, String> id, Function<T, Position> position, String word) {
        Map<String, Position> seen = new HashMap<>();
        for (T item : items) {
            Position first = seen.putIfAbsent(id.apply(item), position.apply(item));
            if (first != null) {
                String where = first.file().equals(position.apply(item).file())
                        ? "på rad " + first.line() : "i " + first.file() + " på rad " + first.line();
                problems.error(position.apply(item), word + " \"" + id.apply(item) + "\" finns redan " + where
                        + ". Ett id får bara användas en gång; ge det ena ett nytt id.");
            }
        }
    }
}
