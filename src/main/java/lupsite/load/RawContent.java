package lupsite.load;

import java.util.List;
import java.util.Optional;

/**
 * Every content file, parsed but not yet checked. {@code indicatorValues} are the indicators' CSV files, as
 * text, {@code indicatorWorkbooks} their Excel workbooks ({@code .xlsx}), as bytes; {@code tree} is the content
 * folder's listing, the only way to read its other files (images, downloads); {@code schemaComments} are the
 * files' comments naming the schema an editor's YAML plugin uses.
 */
public record RawContent(
        Optional<YamlDocument> plan,
        Optional<YamlDocument> goals,
        List<MarkdownDocument> areas,
        List<FollowUpFolder> followUps,
        List<YamlDocument> indicators,
        List<SourceFile> indicatorValues,
        List<BinaryFile> indicatorWorkbooks,
        List<MarkdownDocument> pages,
        Optional<YamlDocument> accessibility,
        Optional<YamlDocument> accessibilityTest,
        SourceTree tree,
        List<SchemaComment> schemaComments) {

    public RawContent {
        areas = List.copyOf(areas);
        followUps = List.copyOf(followUps);
        indicators = List.copyOf(indicators);
        indicatorValues = List.copyOf(indicatorValues);
        indicatorWorkbooks = List.copyOf(indicatorWorkbooks);
        pages = List.copyOf(pages);
        schemaComments = List.copyOf(schemaComments);
    }

    /** The same content as if {@code folderName}'s follow-up had never been archived (to archive it anew). */
    public RawContent withoutArchive(String folderName) {
        return new RawContent(plan, goals, areas, followUps.stream().map(f -> f.name().equals(folderName)
                ? new FollowUpFolder(f.name(), f.yamlPath(), f.yaml(), f.summary(), Optional.empty()) : f).toList(),
                indicators, indicatorValues, indicatorWorkbooks, pages, accessibility, accessibilityTest, tree, schemaComments);
    }
}
