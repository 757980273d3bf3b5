package lupsite.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lupsite.load.ContentLoader;
import lupsite.load.SchemaComment;
import lupsite.model.Plan;
import lupsite.problem.Problems;

/**
 * A file's {@code $schema} comment that points at no schema, or at the schema of another kind of file, leaves
 * the editor's YAML plugin without the file's rules, without a word: typically after a file or the whole
 * content folder was moved. Each is a warning with the path that would be right, to the {@code schemas/}
 * folder beside the content folder (where {@code lup-site init} puts it). Web addresses are not followed.
 */
public final class SchemaComments {

    private SchemaComments() {
    }

    public static void check(Path contentDir, List<SchemaComment> comments, Problems problems) {
        Path content = contentDir.toAbsolutePath().normalize();
        Path schemas = Optional.ofNullable(content.getParent()).orElse(content).resolve("schemas");
        Map<Path, Boolean> exists = new HashMap<>();
        for (SchemaComment comment : comments) {
            String reference = comment.reference();
            Optional<Schema.Kind> kind = kindOf(comment.position().file());
            if (kind.isEmpty() || reference.contains("://")) {
                continue;
            }
            Path folder = content.resolve(comment.position().file()).getParent();
            Path target = folder.resolve(reference).normalize();
            Path right = schemas.resolve(kind.get().fileName());
            String rightReference = folder.relativize(right).toString().replace('\\', '/');
            if (target.equals(right) && !exists.computeIfAbsent(target, Files::isRegularFile)) {
                problems.warning(comment.position(), "Schemat \"" + reference + "\" i kommentaren "
                        + "yaml-language-server finns inte: mappen schemas saknas bredvid innehållsmappen. Kopiera den "
                        + "från lup-site-paketet (zip-filen), så kan editorn visa reglerna för filen.");
            } else if (!exists.computeIfAbsent(target, Files::isRegularFile)) {
                problems.warning(comment.position(), "Schemat \"" + reference + "\" i kommentaren "
                        + "yaml-language-server finns inte, så editorn kan inte visa reglerna för filen. Skriv $schema="
                        + rightReference + ".");
            } else if (!target.getFileName().toString().equals(kind.get().fileName())) {
                problems.warning(comment.position(), "Schemat \"" + reference + "\" i kommentaren "
                        + "yaml-language-server gäller en annan sorts fil än den här. Skriv $schema=" + rightReference + ".");
            }
        }
    }

    private static final Set<Schema.Kind> PLAN_OWN = Set.of(Schema.Kind.PLAN, Schema.Kind.GOALS, Schema.Kind.AREA,
            Schema.Kind.FOLLOW_UP);

    /** Which schema a content file follows, from where it lies; empty for a file that follows none. */
    static Optional<Schema.Kind> kindOf(String file) {
        String[] parts = file.split("/");
        if (parts.length > 2 && parts[0].equals(Plan.PLANS)) {
            // A plan's own files in a site of several plans: as at the top of a site of one plan.
            return kindOf(file.substring(parts[0].length() + parts[1].length() + 2))
                    .filter(kind -> PLAN_OWN.contains(kind));
        }
        return Optional.ofNullable(switch (parts.length) {
            case 1 -> switch (file) {
                case ContentLoader.SITE -> Schema.Kind.SITE;
                case ContentLoader.PLAN -> Schema.Kind.PLAN;
                case ContentLoader.GOALS -> Schema.Kind.GOALS;
                case ContentLoader.ACCESSIBILITY -> Schema.Kind.ACCESSIBILITY;
                case ContentLoader.ACCESSIBILITY_TEST -> Schema.Kind.ACCESSIBILITY_TEST;
                default -> null;
            };
            case 2 -> switch (parts[0]) {
                case ContentLoader.AREAS -> Schema.Kind.AREA;
                case ContentLoader.PAGES -> Schema.Kind.PAGE;
                case ContentLoader.INDICATORS -> Schema.Kind.INDICATOR;
                default -> null;
            };
            case 3 -> parts[0].equals(ContentLoader.FOLLOW_UPS) && parts[2].equals(ContentLoader.FOLLOW_UP_FILE)
                    ? Schema.Kind.FOLLOW_UP : null;
            default -> null;
        });
    }
}
