package lupsite.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.testsupport.TestSite;

/**
 * The site publishes of content/ only what the Markdown links or shows and what pages list as downloads, each
 * file of a kind a browser cannot run and with the bytes its name promises; every other target is an error at
 * the link.
 */
class PublishedFilesTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    /** The minimal site with a page "bilder" holding {@code body}. */
    private static TestSite page(Path dir, String body) {
        return TestSite.minimal(dir).with("pages/bilder.md", "---\ntitle: Bilder\n---\n" + body);
    }

    private static String svgProblems(Path dir, String svg) {
        return String.join("\n", page(dir, "![Karta](../images/karta.svg)\n").with("images/karta.svg", svg).problems());
    }

    @Test
    void onlyWhatIsLinkedShownOrListedIsPublished(@TempDir Path dir) throws Exception {
        Path site = TestSite.minimal(dir)
                .with("pages/bilder.md", """
                        ---
                        title: Bilder
                        downloads:
                          - file: ../dokument/rapport.pdf
                            title: Rapporten 2019
                        ---
                        ![Karta](../images/karta.png) och [tabellen](../dokument/tabell.csv).
                        """)
                .withBytes("images/karta.png", PNG)
                .with("dokument/tabell.csv", "Datum;Värde\n")
                .with("dokument/rapport.pdf", "%PDF-1.7\n" + "x".repeat(3000))
                .withBytes("images/oanvand.png", PNG)
                .with("dokument/utkast.docx", "PK\u0003\u0004")
                .with("images/karta.png~", "gammal")
                .with("images/.karta.png.swp", "swap")
                .with(".env", "TOKEN=hemlig")
                .with("README.txt", "om mappen")
                .build();

        assertThat(TestSite.snapshot(site).keySet().stream().filter(p -> p.startsWith("filer/")))
                .containsExactly("filer/dokument/rapport.pdf", "filer/dokument/tabell.csv", "filer/images/karta.png");
        Element downloads = TestSite.html(site, "sida-bilder.html").selectFirst("ul.downloads");
        assertThat(downloads.previousElementSibling().outerHtml()).isEqualTo("<h2>Filer att ladda ner</h2>");
        assertThat(downloads.select("li").outerHtml())
                .isEqualTo("<li><a href=\"filer/dokument/rapport.pdf\">Rapporten 2019</a> (PDF, 3 kB)</li>");
        assertThat(Files.readAllBytes(site.resolve("filer/dokument/rapport.pdf")))
                .startsWith("%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void hiddenFilesBackupsAndPagesThatAreNoPagesAreNeverLinked(@TempDir Path dir) {
        TestSite site = page(dir, """
                Se [nyckeln](../.env), [kopian](budget.md~), [den gamla](../images/karta.png.bak), [#anteckning#](#anteckning.txt#)
                och [listan](../anteckningar/lista.yaml) och [noten](../anteckningar/notis.md) och [](#).

                [Tom]()
                """).with(".env", "TOKEN=hemlig").with("pages/budget.md~", "gammal").with("anteckningar/notis.md", "text")
                .with("anteckningar/lista.yaml", "- punkt\n");

        assertThat(site.problems()).containsExactly(
                "content/pages/bilder.md:4:4: Länken \"../.env\" pekar på en dold fil (namnet börjar med punkt). Dolda "
                        + "filer publiceras aldrig; byt namn på filen om den ska finnas på webbplatsen.",
                "content/pages/bilder.md:4:24: Länken \"budget.md~\" pekar på en säkerhetskopia eller tillfällig fil "
                        + "(namnet slutar på ~, .bak, .swp eller .tmp eller står mellan #). Sådana filer publiceras "
                        + "aldrig; länka till originalet eller byt namn på filen.",
                "content/pages/bilder.md:4:46: Länken \"../images/karta.png.bak\" pekar på en säkerhetskopia eller "
                        + "tillfällig fil (namnet slutar på ~, .bak, .swp eller .tmp eller står mellan #). Sådana filer "
                        + "publiceras aldrig; länka till originalet eller byt namn på filen.",
                "content/pages/bilder.md:4:84: Länken \"#anteckning.txt#\" leder till avsnittet \"anteckning.txt#\", "
                        + "men content/pages/bilder.md har inga rubriker. Länka till sidan utan #anteckning.txt#, eller "
                        + "skriv rubriken (## Rubrik) i sidan.",
                "content/pages/bilder.md:5:5: Länken \"../anteckningar/lista.yaml\" pekar på content/anteckningar/"
                        + "lista.yaml, som inte blir någon sida (det blir bara plan.yaml, goals.yaml, accessibility.yaml "
                        + "och filerna i areas/, pages/, followups/ och indicators/). Länka till sidan där texten visas.",
                "content/pages/bilder.md:5:46: Länken \"../anteckningar/notis.md\" pekar på content/anteckningar/"
                        + "notis.md, som inte blir någon sida (det blir bara plan.yaml, goals.yaml, accessibility.yaml "
                        + "och filerna i areas/, pages/, followups/ och indicators/). Länka till sidan där texten visas.",
                "content/pages/bilder.md:7:1: Länken saknar mål. Skriv inom parentesen vart den ska leda, till exempel "
                        + "(../pages/budget-2019.md).");
    }

    @Test
    void activeAndUnknownKindsAreRefusedAtTheLink(@TempDir Path dir) {
        TestSite site = page(dir, """
                Se [sidan](../dokument/sida.html), [skriptet](../dokument/app.js), [bilden](../images/x.svgz)
                och [filen](../dokument/data.bin) och [den](../dokument/LICENS).
                """).with("dokument/sida.html", "<script>alert(1)</script>").with("dokument/app.js", "alert(1)")
                .with("images/x.svgz", "").with("dokument/data.bin", "").with("dokument/LICENS", "");

        List<String> active = List.of("html", "js", "svgz");
        assertThat(site.problems()).containsExactly(
                activeMessage("4:4", "../dokument/sida.html", active.get(0)),
                activeMessage("4:36", "../dokument/app.js", active.get(1)),
                activeMessage("4:68", "../images/x.svgz", active.get(2)),
                "content/pages/bilder.md:5:5: Länken \"../dokument/data.bin\" pekar på en fil av en sort som inte "
                        + "publiceras (.bin). Webbplatsen publicerar bilder (PNG, JPEG, GIF, WebP, SVG), PDF, Word, "
                        + "Excel, PowerPoint, OpenDocument, CSV och text (.txt).",
                "content/pages/bilder.md:5:39: Länken \"../dokument/LICENS\" pekar på en fil av en sort som inte "
                        + "publiceras (utan filändelse). Webbplatsen publicerar bilder (PNG, JPEG, GIF, WebP, SVG), PDF, "
                        + "Word, Excel, PowerPoint, OpenDocument, CSV och text (.txt).");
    }

    private static String activeMessage(String at, String target, String extension) {
        return "content/pages/bilder.md:" + at + ": Länken \"" + target + "\" pekar på en ." + extension + "-fil. "
                + "Sådana filer kan innehålla program som körs hos den som öppnar dem på intranätet, så de publiceras "
                + "aldrig. Gör om innehållet till en sida i pages/ eller till en PDF.";
    }

    @Test
    void anImageMustBeAnImageWhereverItIsNamed(@TempDir Path dir) {
        TestSite site = page(dir, """
                ![Rapporten](../dokument/rapport.pdf) ![Budgeten](budget.md) ![Ankaret](#topp) ![Diagram][d]

                [d]: ../dokument/rapport.pdf
                """).with("dokument/rapport.pdf", "%PDF-1.4");

        String notAnImage = "är ingen bild. En bild ska vara en PNG-, JPEG-, GIF-, WebP- eller SVG-fil; ska filen "
                + "laddas ner, skriv en länk utan ! framför.";
        assertThat(site.problems()).containsExactly(
                "content/pages/bilder.md:4:1: Bilden \"../dokument/rapport.pdf\" " + notAnImage,
                "content/pages/bilder.md:4:39: Bilden \"budget.md\" " + notAnImage,
                "content/pages/bilder.md:4:62: Bilden \"#topp\" " + notAnImage,
                "content/pages/bilder.md:4:80: Bilden \"../dokument/rapport.pdf\" " + notAnImage);
    }

    @Test
    void aFileMustHoldWhatItsNameSays(@TempDir Path dir) {
        TestSite site = page(dir, """
                ![Karta](../images/karta.png) ![Foto](../images/foto.jpg) ![Rörlig](../images/rorlig.gif)
                ![Ny](../images/ny.webp) [Rapport](../dokument/rapport.pdf) [Protokoll](../dokument/protokoll.docx)
                ![Karta igen](../images/karta.png)
                """)
                .with("images/karta.png", "<html><script>alert(1)</script></html>")
                .withBytes("images/foto.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})
                .with("images/rorlig.gif", "GIF89a")
                .with("images/ny.webp", "RIFF\0\0\0\0WEBPVP8 ")
                .with("dokument/rapport.pdf", "%PDF-1.7")
                .with("dokument/protokoll.docx", "{\\rtf1}");

        assertThat(site.problems()).containsExactly(
                "content/dokument/protokoll.docx:1:1: Filen är inte en Word-fil, fast namnet slutar på .docx: "
                        + "innehållet är något annat. Spara om den som Word eller ge den den filändelse som stämmer med "
                        + "innehållet.",
                "content/images/karta.png:1:1: Filen är inte en PNG-fil, fast namnet slutar på .png: innehållet är "
                        + "något annat. Spara om den som PNG eller ge den den filändelse som stämmer med innehållet.");
    }

    @Test
    void aDownloadMustBeAFileTheSiteMayPublish(@TempDir Path dir) {
        TestSite site = TestSite.minimal(dir).with("pages/bilder.md", """
                ---
                title: Bilder
                downloads:
                  - file: budget.md
                    title: Budgeten
                  - file: https://example.org/rapport.pdf
                    title: Rapporten
                  - file: ../dokument/saknas.pdf
                    title: Saknas
                  - file: ../dokument/sida.html
                    title: Sidan
                ---
                Text.
                """).with("dokument/sida.html", "<p>");

        String notAFile = "är ingen fil i content/. Ange sökvägen till en fil (till exempel ../dokument/rapport.pdf), "
                + "räknad från sidan; till en webbadress eller en annan sida länkar du i texten.";
        assertThat(site.problems()).containsExactly(
                "content/pages/bilder.md:4:11: Nedladdningen \"budget.md\" " + notAFile,
                "content/pages/bilder.md:6:11: Nedladdningen \"https://example.org/rapport.pdf\" " + notAFile,
                "content/pages/bilder.md:8:11: Nedladdningen \"../dokument/saknas.pdf\" pekar på en fil som inte finns "
                        + "(content/dokument/saknas.pdf).",
                "content/pages/bilder.md:10:11: Nedladdningen \"../dokument/sida.html\" pekar på en .html-fil. Sådana "
                        + "filer kan innehålla program som körs hos den som öppnar dem på intranätet, så de publiceras "
                        + "aldrig. Gör om innehållet till en sida i pages/ eller till en PDF.");
    }

    @Test
    void aDrawingIsPublishedAsItIs(@TempDir Path dir) throws Exception {
        // What Inkscape and Illustrator write: a DOCTYPE without definitions, metadata in other name spaces,
        // references inside the file and an embedded raster picture.
        String drawing = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <!-- Generator: Adobe Illustrator -->
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 10 10">
                  <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>
                  <style>.a { fill: url(#g); }</style>
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
                  <rect class="a" width="10" height="10" inkscape:label="Län" style="stroke: url('#g')"/>
                  <use xlink:href="#g"/>
                  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
                </svg>
                """;
        Path site = page(dir, "![Karta](../images/karta.svg)\n").with("images/karta.svg", drawing).build();

        assertThat(Files.readString(site.resolve("filer/images/karta.svg"))).isEqualTo(drawing);
    }

    @Test
    void anSvgWithAScriptIsRefusedWhereTheScriptStands(@TempDir Path dir) {
        assertThat(svgProblems(dir, """
                <svg xmlns="http://www.w3.org/2000/svg">
                  <circle r="4"/>
                  <script>alert(document.cookie)</script>
                </svg>
                """)).isEqualTo("content/images/karta.svg:3:3: SVG-bilden innehåller ett skript (<script>). Ett skript "
                + "i en bild körs på intranätet när någon öppnar bilden. Ta bort skriptet eller spara bilden som PNG.");
    }

    @Test
    void anSvgWithAnEventHandlerIsRefused(@TempDir Path dir) {
        assertThat(svgProblems(dir, """
                <svg xmlns="http://www.w3.org/2000/svg"
                     onload="alert(1)"><rect width="1" height="1" ONCLICK="alert(2)"/></svg>
                """)).isEqualTo(String.join("\n",
                "content/images/karta.svg:1:1: SVG-bilden har attributet onload=, som kör skript när något händer i "
                        + "bilden. Ta bort attributet eller spara bilden som PNG.",
                "content/images/karta.svg:2:24: SVG-bilden har attributet ONCLICK=, som kör skript när något händer i "
                        + "bilden. Ta bort attributet eller spara bilden som PNG."));
    }

    @Test
    void anSvgWithAForeignObjectOrHtmlIsRefused(@TempDir Path dir) {
        assertThat(svgProblems(dir, """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:h="http://www.w3.org/1999/xhtml">
                  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
                  <h:script>alert(1)</h:script>
                </svg>
                """)).isEqualTo(String.join("\n",
                "content/images/karta.svg:2:3: SVG-bilden innehåller <foreignObject>, som kan bädda in HTML och skript. "
                        + "Ta bort elementet eller spara bilden som PNG.",
                "content/images/karta.svg:2:41: SVG-bilden innehåller HTML (<div>), som kan köra skript. Ta bort "
                        + "elementet eller spara bilden som PNG.",
                "content/images/karta.svg:3:3: SVG-bilden innehåller HTML (<h:script>), som kan köra skript. Ta bort "
                        + "elementet eller spara bilden som PNG."));
    }

    @Test
    void anSvgThatFetchesSomethingFromOutsideIsRefused(@TempDir Path dir) {
        String outside = "). En bild på webbplatsen får inte hämta något utifrån: bädda in det i bilden, ta bort "
                + "hänvisningen eller spara bilden som PNG.";
        assertThat(svgProblems(dir, """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <image xlink:href="http://example.org/spion.png" width="1" height="1"/>
                  <use href="andra.svg#figur"/>
                  <rect fill="url(https://example.org/m.svg#p)" width="1" height="1"/>
                  <style>@import "https://example.org/s.css";</style>
                  <a href=" javascript:alert(1)"><text>klicka</text></a>
                  <set attributeName="xlink:href" to="data:text/html,x"/>
                  <rect style="fill: \\75 rl(https://example.org/p.svg)" width="1" height="1"/>
                  <rect style="background: image-set('https://example.org/a.png' 1x)" width="1" height="1"/>
                </svg>
                """)).isEqualTo(String.join("\n",
                "content/images/karta.svg:2:3: SVG-bilden hämtar något utanför sig själv (xlink:href=\"http://"
                        + "example.org/spion.png\"" + outside,
                "content/images/karta.svg:3:3: SVG-bilden hämtar något utanför sig själv (href=\"andra.svg#figur\""
                        + outside,
                "content/images/karta.svg:4:3: SVG-bilden hämtar något utanför sig själv (url(https://example.org/"
                        + "m.svg#p)" + outside,
                "content/images/karta.svg:5:3: SVG-bilden hämtar något utanför sig själv (@import" + outside,
                "content/images/karta.svg:6:3: SVG-bilden har en skriptadress (href=\" javascript:alert(1)\"). Ta bort "
                        + "den eller spara bilden som PNG.",
                "content/images/karta.svg:7:3: SVG-bilden har en animering som ändrar attributet xlink:href=, och kan då "
                        + "bli en länk till ett skript. Ta bort animeringen eller spara bilden som PNG.",
                "content/images/karta.svg:8:3: SVG-bilden hämtar något utanför sig själv (url(https://example.org/"
                        + "p.svg)" + outside,
                "content/images/karta.svg:9:3: SVG-bilden hämtar något utanför sig själv (image-set(" + outside));
    }

    @Test
    void anSvgWithEntitiesOrAStyleSheetInstructionIsRefusedUnread(@TempDir Path dir) {
        assertThat(svgProblems(dir.resolve("a"), """
                <?xml version="1.0"?>
                <!DOCTYPE svg [<!ENTITY hemlig SYSTEM "file:///etc/passwd">]>
                <svg xmlns="http://www.w3.org/2000/svg"><text>&hemlig;</text></svg>
                """)).isEqualTo("content/images/karta.svg:2:1: SVG-bilden har en DOCTYPE med egna definitioner ([...]), "
                + "som kan hämta filer utifrån eller göra bilden hur stor som helst. Den behövs inte: ta bort "
                + "DOCTYPE-raden.");
        assertThat(svgProblems(dir.resolve("b"), """
                <?xml version="1.0"?>
                <?xml-stylesheet type="text/xsl" href="sida.xsl"?>
                <svg xmlns="http://www.w3.org/2000/svg"/>
                """)).isEqualTo("content/images/karta.svg:2:1: SVG-bilden har en instruktion (<?xml-stylesheet ...?>), "
                + "som kan hämta och köra kod utifrån (en formatmall gör bilden till en sida). Ta bort raden.");
        assertThat(svgProblems(dir.resolve("c"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>\n"))
                .isEqualTo("content/images/karta.svg:1:46: SVG-bilden kan inte läsas som XML. Spara om den som vanlig "
                        + "SVG i ritprogrammet.");
    }

    @Test
    void everyKindOfLinkIsChecked(@TempDir Path dir) {
        TestSite site = page(dir, """
                | Post | Källa |
                |---|---|
                | Lön | [bilaga](../dokument/saknas.pdf#sida=2) |

                Se [budgeten](budget.md#intakter), [mallen][m] och ![bilden][b].

                ![Karta](<..\\images\\karta.png>)

                [m]: mall.docx
                [b]: ../images/saknas.png
                [oanvand]: ../dokument/gammal.pdf
                """);

        assertThat(site.problems()).containsExactly(
                "content/pages/bilder.md:6:9: Länken \"../dokument/saknas.pdf#sida=2\" pekar på en fil som inte finns "
                        + "(content/dokument/saknas.pdf).",
                "content/pages/bilder.md:8:4: Länken \"budget.md#intakter\" leder till avsnittet \"intakter\", men "
                        + "content/pages/budget.md har inga rubriker. Länka till sidan utan #intakter, eller skriv "
                        + "rubriken (## Rubrik) i sidan.",
                "content/pages/bilder.md:10:1: Bilden \"..\\images\\karta.png\" har bakstreck (\\) i sökvägen. Skriv "
                        + "den med snedstreck (/), till exempel ../images/karta.png.",
                "content/pages/bilder.md:12:1: Länken \"mall.docx\" pekar på en fil som inte finns (content/pages/"
                        + "mall.docx).",
                "content/pages/bilder.md:13:1: Länken \"../images/saknas.png\" pekar på en fil som inte finns "
                        + "(content/images/saknas.png).",
                "content/pages/bilder.md:14:1: Länken \"../dokument/gammal.pdf\" pekar på en fil som inte finns "
                        + "(content/dokument/gammal.pdf).");
    }

    @Test
    void theTemplatesAssetsArePublishedWithoutBackupsOrHiddenFiles(@TempDir Path dir) throws Exception {
        Path templates = TestSite.copyTemplates(dir.resolve("mallar"));
        Files.writeString(templates.resolve("assets/style.css~"), "gammal");
        Files.writeString(templates.resolve("assets/.DS_Store"), "finder");
        Path content = TestSite.minimal(dir).write();
        Path out = dir.resolve("site");

        assertThat(Pipeline.build(new Pipeline.Options(content, templates, out, false), new Problems())).isPresent();

        assertThat(TestSite.snapshot(out).keySet().stream().filter(p -> p.startsWith("assets/")))
                .containsExactly("assets/fonts/DejaVuSans-Symbols.woff2", "assets/fonts/LICENSE-DejaVu.txt",
                        "assets/fonts/NotoSans-Bold.woff2", "assets/fonts/NotoSans-Italic.woff2",
                        "assets/fonts/NotoSans-Regular.woff2", "assets/fonts/OFL.txt", "assets/sok.js",
                        "assets/sokindex.js", "assets/statusfarger.css", "assets/style.css");
    }
}
