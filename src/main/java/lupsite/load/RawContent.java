package lupsite.load;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every content file, parsed but not yet checked. {@code indicatorValues} are the indicators' CSV files, as
 * text; {@code files} lists all paths, for link checks; {@code schemaComments} are the files' comments naming
 * the schema an editor's YAML plugin uses.
 */
public record RawContent(
        Optional<YamlDocument> plan,
        Optional<YamlDocument> goals,
        List<MarkdownDocument> areas,
        List<FollowUpFolder> followUps,
        List<YamlDocument> indicators,
        List<SourceFile> indicatorValues,
        List<MarkdownDocument> pages,
        Optional<YamlDocument> accessibility,
        Optional<YamlDocument> accessibilityTest,
        Set<String> files,
        List<SchemaComment> schemaComments) {

    public RawContent {
        areas = List.copyOf(areas);
        followUps = List.copyOf(followUps);
        indicators = List.copyOf(indicators);
        indicatorValues = List.copyOf(indicatorValues);
        pages = List.copyOf(pages);
        files = Set.copyOf(files);
        schemaComments = List.copyOf(schemaComments);
    }
}
