package lupsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/** The accessibility statement: what the law requires and is left unfilled is a warning, with its place. */
class AccessibilityCheckTest {

    @TempDir
    Path dir;

    @Test
    void aMissingStatementIsAWarning() {
        assertThat(TestSite.minimal(dir).without("accessibility.yaml").problems()).containsExactly(
                "content/accessibility.yaml:1:1: varning: Tillgänglighetsredogörelsen saknas. Lagen om tillgänglighet "
                        + "till digital offentlig service kräver en; skapa filen efter exemplet i redaktörsguiden.");
    }

    @Test
    void anUnfilledContactDateAndGapsAreWarnings() {
        assertThat(TestSite.minimal(dir).with("accessibility.yaml", """
                # Kontakt och datum: ATT FYLLA I
                compliance: delvis-forenlig
                assessment: egen-bedomning
                supervision: https://www.digg.se/tdosanmalan
                """).problems()).containsExactly(
                "content/accessibility.yaml:2:1: varning: Kontaktuppgifter för synpunkter på tillgängligheten saknas. "
                        + "Fyll i feedback: med email: (e-postadress) och/eller phone: (telefonnummer).",
                "content/accessibility.yaml:2:1: varning: Datumet då redogörelsen upprättades saknas. Fyll i prepared: "
                        + "ÅÅÅÅ-MM-DD.",
                "content/accessibility.yaml:2:13: varning: Webbplatsen anges som delvis-forenlig men gaps: beskriver "
                        + "inga brister. Beskriv vilket innehåll som inte är tillgängligt och varför.");
    }

    @Test
    void wrongValuesAreErrorsWordedForEditors() {
        assertThat(TestSite.minimal(dir).with("accessibility.yaml", """
                compliance: delvis
                assessment: egen-bedomning
                prepared: 2026-02-30
                feedback:
                  email: tillganglighet
                supervision: www.digg.se/tdosanmalan
                """).problems()).containsExactly(
                "content/accessibility.yaml:1:13: \"compliance\" ska vara helt-forenlig, delvis-forenlig eller "
                        + "inte-forenlig; här står \"delvis\".",
                "content/accessibility.yaml:5:10: \"email\" ska vara en e-postadress som tillganglighet@region.se; "
                        + "här står \"tillganglighet\".",
                "content/accessibility.yaml:6:14: \"supervision\" ska vara en webbadress som börjar med https://; "
                        + "här står \"www.digg.se/tdosanmalan\".");
    }

    @Test
    void anImpossibleDateIsAnError() {
        assertThat(TestSite.minimal(dir).with("accessibility.yaml", """
                compliance: helt-forenlig
                assessment: egen-bedomning
                prepared: 2026-02-30
                feedback:
                  email: tillganglighet@example.se
                supervision: https://www.digg.se/tdosanmalan
                """).problems()).containsExactly(
                "content/accessibility.yaml:3:11: Datumet 2026-02-30 finns inte. Skriv ett riktigt datum som "
                        + "ÅÅÅÅ-MM-DD, till exempel 2019-11-18.");
    }

    @Test
    void aHandEditedTestRecordIsCheckedToo() {
        assertThat(TestSite.minimal(dir).with("accessibility-test.yaml", """
                date: 2026-01-15
                pages: många
                widths: [1280, 375]
                chromium: "156.0.8078.79"
                axeCore: "4.11.1"
                axeViolations: 0
                nuErrors: 0
                testsPassed: 23
                """).problems()).containsExactly(
                "content/accessibility-test.yaml:1:1: Nyckeln \"nuHtmlChecker\" saknas, men måste finnas här "
                        + "(versionen av Nu Html Checker).",
                "content/accessibility-test.yaml:2:8: \"pages\" ska vara ett heltal, men här står text (\"många\").");
    }
}
