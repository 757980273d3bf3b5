package lupsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/**
 * {@code build --out} writes only into a folder that is lup-site's: every folder that holds something else is
 * refused with exit 2 and a sentence saying what to do, and nothing in it changes.
 */
class OutputOwnershipTest {

    @TempDir
    Path dir;

    private final Console console = new Console();

    private int build(Path content, String out) {
        return console.run("build", "--no-pdf", "--no-cache", "--content", content.toString(), "--templates",
                TestSite.TEMPLATES.toString(), "--out", out);
    }

    private Path checkout() {
        Path content = TestSite.minimal(dir).write();
        return content;
    }

    @Test
    void theFolderHoldingTheContentIsRefusedAndKept() {
        Path content = checkout();
        Map<String, ByteBuffer> before = TestSite.snapshot(dir);

        assertThat(build(content, dir.toString())).isEqualTo(2);

        assertThat(console.err()).isEqualTo("Fel: Mappen " + dir + " innehåller innehållsmappen (" + content
                + "); lup-site ersätter hela mappen det skriver till och skulle radera den. Ange en egen mapp, till "
                + "exempel --out site.\n");
        assertThat(TestSite.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void theContentItselfAFolderInItAndAFileInItAreRefused() {
        Path content = checkout();
        Map<String, ByteBuffer> before = TestSite.snapshot(dir);

        assertThat(build(content, content.toString())).isEqualTo(2);
        assertThat(console.err()).isEqualTo("Fel: Mappen " + content + " är innehållsmappen; lup-site ersätter hela "
                + "mappen det skriver till och skulle radera den. Ange en egen mapp, till exempel --out site.\n");
        console.clear();

        assertThat(build(content, content.resolve("site").toString())).isEqualTo(2);
        assertThat(console.err()).isEqualTo("Fel: Mappen " + content.resolve("site") + " ligger i innehållsmappen ("
                + content + "); då hamnar det som skrivs i det som läses. Ange en mapp utanför den, till exempel "
                + "--out site.\n");
        console.clear();

        assertThat(build(content, content.resolve("plan.yaml").toString())).isEqualTo(2);
        assertThat(console.err()).isEqualTo("Fel: " + content.resolve("plan.yaml") + " är en fil, inte en mapp; "
                + "lup-site ersätter hela mappen det skriver till. Ange en egen mapp för webbplatsen, till exempel "
                + "--out site.\n");
        assertThat(TestSite.snapshot(dir)).isEqualTo(before);
        assertThat(dir.resolve("content/site")).doesNotExist();
    }

    @Test
    void theTemplatesAndTheRootAreRefused() {
        Path content = checkout();

        assertThat(build(content, TestSite.TEMPLATES.toString())).isEqualTo(2);
        assertThat(console.err()).isEqualTo("Fel: Mappen templates är mallmappen; lup-site ersätter hela mappen det "
                + "skriver till och skulle radera den. Ange en egen mapp, till exempel --out site.\n");
        console.clear();

        assertThat(build(content, "/")).isEqualTo(2);
        assertThat(console.err()).isEqualTo("Fel: Mappen / är filsystemets rot; lup-site ersätter hela mappen det "
                + "skriver till. Ange en egen mapp för webbplatsen, till exempel --out site.\n");
    }

    @Test
    void aFolderOfTheUsersIsRefusedAnEmptyOneIsTaken() throws Exception {
        Path content = checkout();
        Path documents = Files.createDirectories(dir.resolve("dokument"));
        Files.writeString(documents.resolve("viktigt.txt"), "mitt");

        assertThat(build(content, documents.toString())).isEqualTo(2);
        assertThat(console.err()).isEqualTo("Fel: Mappen " + documents + " finns redan och är inte gjord av lup-site "
                + "(filen .lup-site-manifest saknas); lup-site ersätter hela mappen det skriver till. Ange en ny eller "
                + "tom mapp, till exempel --out site, eller töm " + documents + " själv om den ska användas.\n");
        assertThat(documents.resolve("viktigt.txt")).hasContent("mitt");

        Path empty = Files.createDirectories(dir.resolve("tom"));
        assertThat(build(content, empty.toString())).isZero();
        assertThat(empty.resolve("index.html")).exists();
        assertThat(empty.resolve(".lup-site-manifest")).content().contains("\tindex.html\n");
    }

    @Test
    void aFileAddedToTheSiteOrASiteBuiltInsideItStopsTheNextBuild() throws Exception {
        Path content = checkout();
        Path site = dir.resolve("site");
        assertThat(build(content, site.toString())).isZero();

        Path second = site.resolve("plan2");
        assertThat(build(content, second.toString())).isEqualTo(2);
        assertThat(console.err()).endsWith("Fel: Mappen " + second + " ligger inuti webbplatsen " + site + ", som "
                + "lup-site ersätter helt vid nästa bygge, och skulle då raderas. Ange en mapp utanför den.\n");
        console.clear();

        Files.writeString(site.resolve("anteckning.txt"), "min");
        assertThat(build(content, site.toString())).isEqualTo(2);
        assertThat(console.err()).isEqualTo("Fel: Mappen " + site + " innehåller filer som lup-site inte har skrivit: "
                + "anteckning.txt. lup-site ersätter hela mappen; flytta dem därifrån eller ange en annan mapp.\n");
        assertThat(site.resolve("anteckning.txt")).hasContent("min");
    }

    @Test
    void aSiteOfAnEarlierVersionWithoutAManifestStillBuilds() throws Exception {
        Path content = checkout();
        Path site = dir.resolve("site");
        assertThat(build(content, site.toString())).isZero();
        Files.delete(site.resolve(".lup-site-manifest"));

        assertThat(build(content, site.toString())).isZero();
        assertThat(site.resolve(".lup-site-manifest")).exists();
    }

    @Test
    void foldersBesideTheOutputWithTheOldLeftoverNamesAreNotTouched() throws Exception {
        Path content = checkout();
        Path mine = Files.createDirectories(dir.resolve("site.staging-x"));
        Files.writeString(mine.resolve("a.txt"), "a");
        Path other = Files.createDirectories(dir.resolve("site.lup-site-retired-1"));
        Files.writeString(other.resolve("b.txt"), "b");
        Files.writeString(dir.resolve("site.lock"), "mitt");

        assertThat(build(content, dir.resolve("site").toString())).isZero();

        assertThat(mine.resolve("a.txt")).hasContent("a");
        assertThat(other.resolve("b.txt")).hasContent("b");
        assertThat(dir.resolve("site.lock")).hasContent("mitt");
    }

    @Test
    void aLinkToTheContentIsTheContent() throws Exception {
        Path content = checkout();
        Path link = Files.createSymbolicLink(dir.resolve("genvag"), content);

        assertThat(build(content, link.toString())).isEqualTo(2);
        assertThat(console.err()).startsWith("Fel: Mappen " + link + " är innehållsmappen;");
        assertThat(content.resolve("plan.yaml")).exists();
    }

    @Test
    void aFolderThatOnlyLooksLikeAnEarlierSiteIsRefused() throws Exception {
        Path content = checkout();
        Path www = Files.createDirectories(dir.resolve("www/assets"));
        Files.writeString(www.resolveSibling("index.html"), "hej");
        Files.writeString(www.resolve("style.css"), "p {}");
        Files.createDirectories(www.resolveSibling("foton"));
        Files.writeString(www.resolveSibling("foton/bröllop.jpg"), "x");

        assertThat(build(content, dir.resolve("www").toString())).isEqualTo(2);
        assertThat(console.err()).startsWith("Fel: Mappen " + dir.resolve("www") + " finns redan och är inte gjord av "
                + "lup-site");
        assertThat(www.resolveSibling("foton/bröllop.jpg")).exists();
    }

    @Test
    void aLinkFollowedByDotDotIsWhereTheLinkLeadsAndACacheNotYetMadeIsKept() throws Exception {
        Path content = checkout();
        Files.createDirectories(dir.resolve("b"));
        Path elsewhere = Files.createDirectories(dir.getParent().resolve(dir.getFileName() + "-w"));
        Path link = Files.createSymbolicLink(elsewhere.resolve("lnk"), dir.resolve("b"));
        Path viaLink = link.resolve("../content");

        assertThat(console.run("build", "--no-pdf", "--no-cache", "--content", viaLink.toString(), "--templates",
                TestSite.TEMPLATES.toString(), "--out", content.resolve("site").toString())).isEqualTo(2);
        assertThat(console.err()).contains(" ligger i innehållsmappen (");
        assertThat(content.resolve("site")).doesNotExist();
        console.clear();

        Path cache = dir.resolve("cc");
        assertThat(console.run("build", "--no-pdf", "--content", content.toString(), "--templates",
                TestSite.TEMPLATES.toString(), "--out", cache.toString(), "--cache", cache.toString())).isEqualTo(2);
        assertThat(console.err()).isEqualTo("Fel: Mappen " + cache + " är PDF-cachen; lup-site ersätter hela mappen "
                + "det skriver till och skulle radera den. Ange en egen mapp, till exempel --out site.\n");
    }

    @Test
    void aDamagedManifestStopsTheBuildWithWhatToDo() throws Exception {
        Path content = checkout();
        Path site = dir.resolve("site");
        assertThat(build(content, site.toString())).isZero();
        Files.writeString(site.resolve(".lup-site-manifest"), "abc\tindex.html\n");

        assertThat(build(content, site.toString())).isEqualTo(2);
        assertThat(console.err()).isEqualTo("Fel: Förteckningen " + site + "/.lup-site-manifest är skadad: raden "
                + "\"abc\tindex.html\" är inte storlek, tabb, sökväg. Bygg om webbplatsen med lup-site build; lup-site "
                + "rör inte en mapp vars innehåll den inte vet.\n");
    }
}
