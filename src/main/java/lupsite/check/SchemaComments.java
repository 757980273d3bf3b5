package lupsite.check;

import java.io.IOException;
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
import lupsite.model.Site;
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
        Path schemas = ContentSchemas.folder(contentDir);
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

    /**
     * A schema that {@code lup-site schemas} wrote for the content as it was: once the plan's statuses, ids or
     * versions (or lup-site's fields) have changed, the plugin underlines values that are right. One warning per
     * such file, at the first comment that names it; generic schemas (copied from the jar) are never stale.
     */
    public static void checkWritten(Path contentDir, List<SchemaComment> comments, Site model, Problems problems) {
        Path content = contentDir.toAbsolutePath().normalize();
        Path schemas = ContentSchemas.folder(contentDir);
        Map<Path, Boolean> seen = new HashMap<>();
        Map<Schema.Kind, String> now = null;
        for (SchemaComment comment : comments) {
            Optional<Schema.Kind> kind = kindOf(comment.position().file());
            Path right = kind.map(k -> schemas.resolve(k.fileName())).orElse(null);
            if (right == null || seen.putIfAbsent(right, true) != null || !Files.isRegularFile(right)
                    || !content.resolve(comment.position().file()).getParent().resolve(comment.reference()).normalize()
                            .equals(right)) {
                continue;
            }
            String text;
            try {
                text = Files.readString(right);
            } catch (IOException e) {
                continue;
            }
            if (!ContentSchemas.isWritten(text)) {
                continue;
            }
            now = now == null ? ContentSchemas.of(model) : now;
            if (!text.equals(now.get(kind.get()))) {
                problems.warning(comment.position(), "Schemat \"" + comment.reference() + "\" i kommentaren "
                        + "yaml-language-server skrevs av lup-site schemas och stämmer inte längre med planens statusar, "
                        + "id:n och versioner (eller med den här versionen av lup-site), så editorn kan stryka under "
                        + "värden som är rätt. Kör lup-site schemas.");
            }
        }
    }

    private static final Set<Schema.Kind> PLAN_OWN = Set.of(Schema.Kind.PLAN, Schema.Kind.GOALS, Schema.Kind.AREA,
            Schema.Kind.FOLLOW_UP);

    /** Which schema a content file follows, from where it lies; empty for a file that follows none. */
    static Optional<Schema.Kind> kindOf(String file) {
        Optional<String> plan = Plan.idOf(file);
        if (plan.isPresent()) {
            // A plan's own files in a site of several plans: as at the top of a site of one plan.
            return kindOf(file.substring(Plan.folderOf(plan.get()).length())).filter(PLAN_OWN::contains);
        }
        String[] parts = file.split("/");
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
