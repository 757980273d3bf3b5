package lupsite.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import lupsite.model.Markdown;
import lupsite.model.Position;
import lupsite.problem.Problems;

/** Reads the content folder into parsed, positioned trees. Knows the layout; knows nothing of meaning. */
public final class ContentLoader {

    public static final String PLAN = "plan.yaml";
    public static final String GOALS = "goals.yaml";
    public static final String AREAS = "areas";
    public static final String FOLLOW_UPS = "followups";
    public static final String FOLLOW_UP_FILE = "followup.yaml";
    public static final String SUMMARY_FILE = "summary.md";
    public static final String INDICATORS = "indicators";
    public static final String PAGES = "pages";
    public static final String ACCESSIBILITY = "accessibility.yaml";
    public static final String ACCESSIBILITY_TEST = "accessibility-test.yaml";

    private final Path root;
    private final Problems problems;
    private final Queue<SchemaComment> schemaComments = new ConcurrentLinkedQueue<>();

    private ContentLoader(Path root, Problems problems) {
        this.root = root;
        this.problems = problems;
    }

    public static RawContent load(Path contentDir, Problems problems) {
        return new ContentLoader(contentDir, problems).load();
    }

    private RawContent load() {
        return new RawContent(
                yaml(PLAN, MISSING),
                yaml(GOALS, MISSING),
                markdownFiles(AREAS),
                followUps(),
                filesIn(INDICATORS, ".yaml").parallelStream().map(p -> yaml(p, MISSING)).flatMap(Optional::stream).toList(),
                filesIn(INDICATORS, ".csv").parallelStream()
                        .map(p -> SourceReader.read(root.resolve(p), p, problems)).flatMap(Optional::stream).toList(),
                markdownFiles(PAGES),
                optionalYaml(ACCESSIBILITY),
                optionalYaml(ACCESSIBILITY_TEST),
                allFiles(),
                schemaComments.stream().sorted(Comparator.comparing((SchemaComment c) -> c.position().file())).toList());
    }

    private static final String MISSING = "Filen saknas. Den behövs; se redaktörsguiden för ett exempel.";

    /** The YAML file at {@code relative}; {@code whenMissing} says what to do when there is none. */
    private Optional<YamlDocument> yaml(String relative, String whenMissing) {
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file)) {
            problems.error(Position.ofFile(relative), whenMissing);
            return Optional.empty();
        }
        return SourceReader.read(file, relative, problems)
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
        return Files.isRegularFile(root.resolve(relative)) ? yaml(relative, MISSING) : Optional.empty();
    }

    private List<MarkdownDocument> markdownFiles(String folder) {
        return filesIn(folder, ".md").parallelStream()
                .map(relative -> SourceReader.read(root.resolve(relative), relative, problems))
                .flatMap(Optional::stream)
                .map(source -> {
                    SchemaComment.find(source).ifPresent(schemaComments::add);
                    return FrontMatter.split(source, problems);
                })
                .toList();
    }

    private List<FollowUpFolder> followUps() {
        return subfolders(FOLLOW_UPS).parallelStream().map(name -> {
            String folder = FOLLOW_UPS + "/" + name;
            String yamlPath = folder + "/" + FOLLOW_UP_FILE;
            Optional<YamlDocument> yaml = yaml(yamlPath, "Mappen " + folder + " har ingen " + FOLLOW_UP_FILE + ", men varje mapp i "
                    + FOLLOW_UPS + "/ är en uppföljning. Lägg dit en " + FOLLOW_UP_FILE + " (kommandot new-followup "
                    + "skapar mappen med en kopia av den senaste), eller ta bort mappen.");
            String summaryPath = folder + "/" + SUMMARY_FILE;
            Optional<Markdown> summary = Files.isRegularFile(root.resolve(summaryPath))
                    ? SourceReader.read(root.resolve(summaryPath), summaryPath, problems)
                            .map(s -> new Markdown(s.text(), Position.ofFile(summaryPath)))
                    : Optional.empty();
            return new FollowUpFolder(name, yamlPath, yaml, summary);
        }).toList();
    }

    /** Files directly in {@code folder} ending in {@code suffix}, as content-relative paths, sorted. */
    private List<String> filesIn(String folder, String suffix) {
        return list(folder).filter(Files::isRegularFile)
                .map(p -> folder + "/" + p.getFileName())
                .filter(p -> p.endsWith(suffix))
                .sorted()
                .toList();
    }

    private List<String> subfolders(String folder) {
        return list(folder).filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }

    private Stream<Path> list(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.getFileName().toString().startsWith(".")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> allFiles() {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
