package lupsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/** The pages' parent:, menu: and pdf: lines, each fault reported once where it is written. */
class PageHierarchyTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.minimal(dir);
    }

    private static String page(String title, String more) {
        return "---\ntitle: " + title + "\n" + more + "---\nText.\n";
    }

    @Test
    void childPagesAndPagesOutOfTheMenuAreClean() {
        assertThat(site().with("pages/rapport.md", page("Rapport", "menu: false\n"))
                .with("pages/jamtland.md", page("Jämtland", "parent: rapport\norder: 1\n"))
                .with("pages/jamtland-vard.md", page("Vården i Jämtland", "parent: jamtland\n"))
                .with("pages/vard-detalj.md", page("Detaljer", "parent: jamtland-vard\nmenu: false\n"))
                .problems()).isEmpty();
    }

    @Test
    void aParentThatDoesNotExistSuggestsTheNearest() {
        assertThat(site().with("pages/rapport.md", page("Rapport", ""))
                .with("pages/jamtland.md", page("Jämtland", "parent: raport\n"))
                .with("pages/harjedalen.md", page("Härjedalen", "parent: jamtland\n"))
                .problems()).containsExactly(
                        "content/pages/jamtland.md:3:9: Sidan \"raport\" finns inte i pages/. Menade du \"rapport\"?");
    }

    @Test
    void aPageCannotBeItsOwnParent() {
        assertThat(site().with("pages/rapport.md", page("Rapport", "parent: rapport\n")).problems()).containsExactly(
                "content/pages/rapport.md:3:9: En sida kan inte ha sig själv som parent. Ta bort raden, eller skriv "
                        + "id:t för sidan den hör till.");
    }

    @Test
    void aRingOfParentsIsReportedOnceAtItsFirstPage() {
        assertThat(site().with("pages/c.md", page("C", "parent: a\n"))
                .with("pages/a.md", page("A", "parent: b\n"))
                .with("pages/b.md", page("B", "parent: c\n"))
                .with("pages/d.md", page("D", "parent: b\n"))
                .problems()).containsExactly(
                        "content/pages/a.md:3:9: Sidorna a → b → c → a har varandra som parent i en ring, så ingen av "
                                + "dem har en plats på webbplatsen. Ta bort parent från en av dem.");
    }

    @Test
    void aPageTooDeepIsReportedAndThePagesBelowItAreNot() {
        assertThat(site().with("pages/a.md", page("A", ""))
                .with("pages/b.md", page("B", "parent: a\n"))
                .with("pages/c.md", page("C", "parent: b\n"))
                .with("pages/d.md", page("D", "parent: c\n"))
                .with("pages/e.md", page("E", "parent: d\n"))
                .with("pages/f.md", page("F", "parent: e\n"))
                .problems()).containsExactly(
                        "content/pages/e.md:3:9: Sidan ligger 4 nivåer under en sida utan parent (e → d → c → b → a); "
                                + "högst 3 går. Välj en sida högre upp som parent.");
    }

    @Test
    void aChildPageDoesNotAskForTheMenu() {
        assertThat(site().with("pages/rapport.md", page("Rapport", ""))
                .with("pages/jamtland.md", page("Jämtland", "parent: rapport\nmenu: true\n"))
                .problems()).containsExactly(
                        "content/pages/jamtland.md:4:7: En sida med parent visas på sin överordnade sida, inte i menyn. "
                                + "Ta bort menu: true eller parent.");
    }

    @Test
    void theSchemaSaysWhatParentAndMenuMustBe() {
        assertThat(site().with("pages/rapport.md", page("Rapport", "menu: nej\nparent: Budget 2019\n")).problems())
                .containsExactly(
                        "content/pages/rapport.md:3:7: \"menu\" ska vara true eller false, men här står text (\"nej\").",
                        "content/pages/rapport.md:4:9: \"parent\" ska vara id:t (filnamnet utan .md) för en annan sida i "
                                + "pages/, till exempel kartlaggning-2019; här står \"Budget 2019\". Menade du budget-2019?");
    }

    /** A chapter may have a PDF of its own beside the report's (to hand out alone); check says it is in both. */
    @Test
    void aPdfOfAPageAlreadyInAnotherPagesPdfIsAWarning() {
        assertThat(site().with("pages/rapport.md", page("Rapport", "pdf: true\n"))
                .with("pages/jamtland.md", page("Jämtland", "parent: rapport\n"))
                .with("pages/jamtland-vard.md", page("Vården i Jämtland", "parent: jamtland\npdf: true\n"))
                .with("pages/jamtland-lista.md", page("Lista", "parent: jamtland\npdf: false\n"))
                .problems()).containsExactly(
                        "content/pages/jamtland-vard.md:4:6: varning: Sidan finns redan med i PDF:en för \"Rapport\" "
                                + "(pdf: true i pages/rapport.md). Ta bort pdf: true här, om inte den här delen också "
                                + "ska kunna laddas ner som en egen PDF.");
    }

    @Test
    void pdfIsTrueOrFalseAndDateIsADate() {
        assertThat(site().with("pages/rapport.md", page("Rapport", "pdf: ja\ndate: 19 juni 2019\n")).problems())
                .containsExactly("content/pages/rapport.md:3:6: \"pdf\" ska vara true eller false, men här står text "
                                + "(\"ja\").",
                        "content/pages/rapport.md:4:7: \"date\" ska vara ett datum som 2019-11-18, eller 2018-11 eller "
                                + "2018 om dagen inte är känd; här står \"19 juni 2019\".");
    }
}
