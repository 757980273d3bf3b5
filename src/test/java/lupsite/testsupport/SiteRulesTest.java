package lupsite.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Guards the guards: on a deliberately broken page every rule finds exactly what is wrong. */
class SiteRulesTest {

    static final Path BAD_SITE = Path.of("target/test-classes/bad-site");
    static final List<String> PAGES = List.of("index.html");

    final SiteRules rules = new SiteRules(BAD_SITE);

    @Test
    void theLanguageMustBeTheOneExpected() {
        assertThat(rules.language(PAGES, "sv")).containsExactly("index.html: <html lang=\"en\">, expected \"sv\"");
    }

    @Test
    void aStatusWithOnlyASymbolIsFound() {
        assertThat(rules.statusText(PAGES)).containsExactly("index.html: a status without text: "
                + "<span class=\"status\"><span class=\"symbol\" aria-hidden=\"true\">●</span></span>");
    }

    @Test
    void brokenRootAbsoluteAndExternalReferencesAreFound() {
        assertThat(rules.references(PAGES)).containsExactly(
                "index.html: link href=\"/assets/style.css\" is root-absolute; it breaks under a sub-path and from file://",
                "index.html: script src=\"https://cdn.example.com/x.js\" loads something from outside the site",
                "index.html: a href=\"#\" leads nowhere",
                "index.html: img src=\"karta.png\" names karta.png, which is not a file of the site",
                "index.html: a href=\"saknas.html\" names saknas.html, which is not a file of the site",
                "index.html: a href=\"index.html#finns-inte\" names #finns-inte, which index.html does not have",
                "assets/style.css: css url=\"/bilder/bakgrund.png\" is root-absolute; it breaks under a sub-path and from file://",
                "assets/style.css: css url=\"https://fonts.example.com/font.css\" loads something from outside the site");
    }

    @Test
    void aSkippedHeadingLevelIsFound() {
        assertThat(rules.headings(PAGES)).containsExactly("index.html: <h3>Uppföljning</h3> follows an h1");
    }

    @Test
    void aPageWithoutSkipLinkIsFound() {
        assertThat(rules.skipLink(PAGES)).containsExactly("index.html: no <main> with an id to skip to");
    }

    @Test
    void aTableThatCannotScrollOnItsOwnIsFound() {
        assertThat(rules.scrollableTables(PAGES)).containsExactly(
                "index.html: a table outside a named, focusable scroll region: <main>");
    }
}
