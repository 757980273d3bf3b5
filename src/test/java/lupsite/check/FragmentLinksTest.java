package lupsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/** A link to a section (#fragment) of a free page must name one of its headings; a heading's {#id} must be an id. */
class FragmentLinksTest {

    @TempDir
    Path dir;

    private static final String REPORT = """
            ---
            title: Kartläggning
            order: 1
            ---
            Se [Jämtland](#jamtland), [Västra Götaland](#vastra-gotaland) och [innehållet](#innehall).

            ## Jämtland {#jamtland}

            ## Västra Götaland

            ## Örebro län

            Tillbaka till [Jämtland](#jamtlnd).
            """;

    @Test
    void fragmentsOfTheSamePageAndOfAnotherAreChecked() {
        TestSite site = TestSite.minimal(dir).with("pages/rapport.md", REPORT).with("pages/om.md", """
                ---
                title: Om
                order: 2
                ---
                Läs [Örebro](rapport.md#orebro-lan), [Skåne](rapport.md#skane) och [hela rapporten](rapport.md).
                Och [ingenting](tom.md#start).
                """).with("pages/tom.md", """
                ---
                title: Tom
                order: 3
                ---
                Ingen rubrik.
                """);

        assertThat(site.problems()).containsExactly(
                "content/pages/om.md:5:38: Länken \"rapport.md#skane\" leder till avsnittet \"skane\", men ingen rubrik i "
                        + "content/pages/rapport.md har det id:t. Rubrikerna där har id #jamtland, #vastra-gotaland, "
                        + "#orebro-lan. En rubrik får id av sina ord (## Västra Götaland ger #vastra-gotaland) eller av "
                        + "{#id} sist i rubriken.",
                "content/pages/om.md:6:5: Länken \"tom.md#start\" leder till avsnittet \"start\", men content/pages/tom.md "
                        + "har inga rubriker. Länka till sidan utan #start, eller skriv rubriken (## Rubrik) i sidan.",
                "content/pages/rapport.md:13:15: Länken \"#jamtlnd\" leder till avsnittet \"jamtlnd\", men ingen rubrik i "
                        + "content/pages/rapport.md har det id:t. Menade du #jamtland? En rubrik får id av sina ord "
                        + "(## Västra Götaland ger #vastra-gotaland) eller av {#id} sist i rubriken.");
    }

    @Test
    void aGivenIdMustBeAnIdOfItsOwn() {
        TestSite site = TestSite.minimal(dir).with("pages/rapport.md", """
                ---
                title: Kartläggning
                order: 1
                ---
                ## Jämtland {#Jämtland}

                ## Västra Götaland {#vg}

                ## Västra Götalands län {#vg}

                ## Innehåll {#innehall}
                """);

        assertThat(site.problems()).containsExactly(
                "content/pages/rapport.md:5:1: Rubriken \"Jämtland {#Jämtland}\" har ett id som inte går att använda: "
                        + "\"Jämtland\". Ett id får bara ha bokstäverna a–z, siffror, - och _, till exempel {#jamtland}.",
                "content/pages/rapport.md:9:1: Rubriken \"Västra Götalands län\" har id:t \"vg\", som en rubrik tidigare "
                        + "i texten redan har. Ge den ett eget id, till exempel {#vg-2}.",
                "content/pages/rapport.md:11:1: Rubriken \"Innehåll\" har id:t \"innehall\", som sidan själv redan "
                        + "använder. Välj ett annat id, till exempel {#innehall-1}.");
    }
}
