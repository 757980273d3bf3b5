package lupsite.check;

import java.time.LocalDate;
import java.util.Optional;

import lupsite.load.ContentLoader;
import lupsite.load.Node;
import lupsite.load.Node.MapNode;
import lupsite.load.YamlDocument;
import lupsite.model.AccessibilityStatement;
import lupsite.model.AccessibilityStatement.Compliance;
import lupsite.model.Position;
import lupsite.problem.Problems;

/**
 * The accessibility statement and the last recorded test run. What the law requires but the region has not
 * yet filled in (a contact, the date, the gaps of a site that is not fully accessible) is a warning, not an
 * error: the site still builds, and its statement says plainly what is missing.
 */
final class AccessibilityChecker {

    private AccessibilityChecker() {
    }

    static Optional<AccessibilityStatement> check(Optional<YamlDocument> statement, Optional<YamlDocument> testRun,
                                                  Problems problems) {
        if (statement.isEmpty()) {
            problems.warning(Position.ofFile(ContentLoader.ACCESSIBILITY), "Tillgänglighetsredogörelsen saknas. "
                    + "Lagen om tillgänglighet till digital offentlig service kräver en; skapa filen efter exemplet "
                    + "i redaktörsguiden.");
        }
        Optional<AccessibilityStatement.TestRun> run = testRun.flatMap(doc -> valid(doc, Schema.Kind.ACCESSIBILITY_TEST, problems))
                .map(f -> new AccessibilityStatement.TestRun(f.date("date").orElse(null), f.integer("pages", 0),
                        f.integers("widths"), f.text("chromium"),
                        f.text("axeCore"), f.text("nuHtmlChecker"), f.integer("axeViolations", 0),
                        f.integer("nuErrors", 0), f.integer("testsPassed", 0)));
        return statement.flatMap(doc -> valid(doc, Schema.Kind.ACCESSIBILITY, problems)).map(f -> {
            Compliance compliance = Compliance.of(f.text("compliance"));
            Optional<Fields> feedback = f.fields("feedback");
            Optional<String> email = feedback.flatMap(c -> c.optionalText("email"));
            Optional<String> phone = feedback.flatMap(c -> c.optionalText("phone"));
            if (email.isEmpty() && phone.isEmpty()) {
                problems.warning(f.keyPosition("feedback"), "Kontaktuppgifter för synpunkter på tillgängligheten "
                        + "saknas. Fyll i feedback: med email: (e-postadress) och/eller phone: (telefonnummer).");
            }
            Optional<LocalDate> prepared = f.date("prepared");
            if (f.scalar("prepared").isEmpty()) {
                problems.warning(f.position(), "Datumet då redogörelsen upprättades saknas. Fyll i prepared: "
                        + "ÅÅÅÅ-MM-DD.");
            }
            if (compliance != Compliance.FULL && f.markdown("gaps").isBlank()) {
                problems.warning(f.position("compliance"), "Webbplatsen anges som " + compliance.id + " men gaps: "
                        + "beskriver inga brister. Beskriv vilket innehåll som inte är tillgängligt och varför.");
            }
            return new AccessibilityStatement(compliance, f.text("assessment").equals("tredje-part"),
                    f.markdown("gaps"), email.orElse(null), phone.orElse(null), f.text("supervision"),
                    prepared.orElse(null), f.date("reviewed").orElse(null), run.orElse(null), f.position());
        });
    }

    private static Optional<Fields> valid(YamlDocument doc, Schema.Kind kind, Problems problems) {
        Node root = doc.root();
        return SchemaValidator.validate(root, Schema.load(kind), problems)
                ? Optional.of(new Fields((MapNode) root, problems)) : Optional.empty();
    }
}
