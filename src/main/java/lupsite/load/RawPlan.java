package lupsite.load;

import java.util.List;
import java.util.Optional;

/**
 * One plan's files, parsed but not yet checked: {@code id} is its folder's name under plans/, empty for the one
 * plan of a site (its files at the top of the content folder).
 */
public record RawPlan(
        String id,
        Optional<YamlDocument> plan,
        Optional<YamlDocument> goals,
        List<MarkdownDocument> areas,
        List<FollowUpFolder> followUps) {

    public RawPlan {
        areas = List.copyOf(areas);
        followUps = List.copyOf(followUps);
    }

    /** The same plan as if {@code folderName}'s follow-up had never been archived (to archive it anew). */
    RawPlan withoutArchive(String folderName) {
        return new RawPlan(id, plan, goals, areas, followUps.stream().map(f -> f.name().equals(folderName)
                ? new FollowUpFolder(f.name(), f.yamlPath(), f.yaml(), f.summary(), Optional.empty()) : f).toList());
    }
}
