package lupsite.load;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every content file, parsed but not yet checked: site.yaml if there is one, the {@code plans} (one, or each
 * folder of plans/), and what they share. {@code indicatorValues} are the indicators' CSV files, as
 * text, {@code indicatorWorkbooks} their Excel workbooks ({@code .xlsx}), as bytes; {@code tree} is the content
 * folder's listing, the only way to read its other files (images, downloads); {@code schemaComments} are the
 * files' comments naming the schema an editor's YAML plugin uses.
 */
public record RawContent(
        Optional<YamlDocument> site,
        List<RawPlan> plans,
        List<YamlDocument> indicators,
        List<SourceFile> indicatorValues,
        List<BinaryFile> indicatorWorkbooks,
        List<MarkdownDocument> pages,
        Optional<YamlDocument> accessibility,
        Optional<YamlDocument> accessibilityTest,
        SourceTree tree,
        List<SchemaComment> schemaComments) {

    public RawContent {
        plans = List.copyOf(plans);
        indicators = List.copyOf(indicators);
        indicatorValues = List.copyOf(indicatorValues);
        indicatorWorkbooks = List.copyOf(indicatorWorkbooks);
        pages = List.copyOf(pages);
        schemaComments = List.copyOf(schemaComments);
    }

    /** Every follow-up folder of every plan. */
    public Stream<FollowUpFolder> followUps() {
        return plans.stream().flatMap(p -> p.followUps().stream());
    }

    /** The same content as if plan {@code planId}'s follow-up {@code folderName} had never been archived. */
    public RawContent withoutArchive(String planId, String folderName) {
        return new RawContent(site, plans.stream().map(p -> p.id().equals(planId) ? p.withoutArchive(folderName) : p)
                .toList(), indicators, indicatorValues, indicatorWorkbooks, pages, accessibility, accessibilityTest, tree, schemaComments);
    }
}
