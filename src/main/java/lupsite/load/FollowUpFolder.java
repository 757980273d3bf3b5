package lupsite.load;

import java.util.Optional;

import lupsite.model.Markdown;

/**
 * followups/&lt;date&gt;/: the folder name, its followup.yaml if it parsed, its summary.md if present, and the record
 * of what it said when decided ({@code decided/record.json}) if it has been archived.
 */
public record FollowUpFolder(String name, String yamlPath, Optional<YamlDocument> yaml, Optional<Markdown> summary,
                             Optional<SourceFile> archive) {
}
