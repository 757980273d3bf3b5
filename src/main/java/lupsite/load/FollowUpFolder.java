package lupsite.load;

import java.util.Optional;

import lupsite.model.Markdown;

/** followups/&lt;date&gt;/: the folder name, its followup.yaml if it parsed, and its summary.md if present. */
public record FollowUpFolder(String name, String yamlPath, Optional<YamlDocument> yaml, Optional<Markdown> summary) {
}
