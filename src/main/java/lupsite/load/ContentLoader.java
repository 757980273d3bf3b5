package lupsite.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    private ContentLoader(Path root, Problems problems) {
        this.root = root;
        this.problems = problems;
    }

    public static RawContent load(Path contentDir, Problems problems) {
        return new ContentLoader(contentDir, problems).load();
    }

    private RawContent load() {
        return new RawContent(
                yaml(PLAN, true),
                yaml(GOALS, true),
                markdownFiles(AREAS),
                followUps(),
                filesIn(INDICATORS, ".yaml").parallelStream().map(p -> yaml(p, true)).flatMap(Optional::stream).toList(),
                filesIn(INDICATORS, ".csv").parallelStream()
                        .map(p -> SourceReader.read(root.resolve(p), p, problems)).flatMap(Optional::stream).toList(),
                markdownFiles(PAGES),
                yaml(ACCESSIBILITY, false),
                yaml(ACCESSIBILITY_TEST, false),
                allFiles());
    }

    private Optional<YamlDocument> yaml(String relative, boolean required) {
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file)) {
            if (required) {
                problems.error(Position.ofFile(relative), "Filen saknas. Den behövs; se redaktörsguiden för ett exempel.");
            }
            return Optional.empty();
        }
        return SourceReader.read(file, relative, problems)
                .flatMap(source -> YamlParser.parse(source.text(), relative, 0, problems)
                        .or(() -> {
                            if (source.text().isBlank()) {
                                problems.error(Position.ofFile(relative), "Filen är tom.");
                            }
                            return Optional.empty();
                        }))
                .map(node -> new YamlDocument(relative, node));
    }

    private List<MarkdownDocument> markdownFiles(String folder) {
        return filesIn(folder, ".md").parallelStream()
                .map(relative -> SourceReader.read(root.resolve(relative), relative, problems))
                .flatMap(Optional::stream)
                .map(source -> FrontMatter.split(source, problems))
                .toList();
    }

    private List<FollowUpFolder> followUps() {
        return subfolders(FOLLOW_UPS).parallelStream().map(name -> {
            String folder = FOLLOW_UPS + "/" + name;
            String yamlPath = folder + "/" + FOLLOW_UP_FILE;
            Optional<YamlDocument> yaml = yaml(yamlPath, true);
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
