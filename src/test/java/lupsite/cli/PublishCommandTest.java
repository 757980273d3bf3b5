package lupsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/** {@code publish --to}: the built site, byte for byte, in the web server's folder; unchanged files keep their time. */
class PublishCommandTest {

    @TempDir
    Path dir;

    private final Console console = new Console();

    @Test
    void aPublishedSiteIsTheBuiltSiteAndAnUnchangedFileKeepsItsTime() throws Exception {
        TestSite content = TestSite.minimal(dir);
        Path site = content.build();
        Path www = dir.resolve("www/lup");

        assertThat(console.run("publish", "--site", site.toString(), "--to", www.toString())).isZero();
        assertThat(TestSite.snapshot(www)).isEqualTo(TestSite.snapshot(site));
        int files = TestSite.snapshot(site).size() - 1; // not the manifest
        assertThat(console.out()).isEqualTo("Publicerade " + files + " filer från " + site + " i " + www + ": " + files
                + " nya eller ändrade, 0 oförändrade.\n");

        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(www.resolve("assets/style.css"), longAgo);
        Files.setLastModifiedTime(www.resolve("index.html"), longAgo);
        content.with("plan.yaml", Files.readString(content.contentDir().resolve("plan.yaml"))
                .replace("title: Testplan", "title: Testplanen"));
        content.build();
        console.clear();

        assertThat(console.run("publish", "--site", site.toString(), "--to", www.toString())).isZero();
        assertThat(TestSite.snapshot(www)).isEqualTo(TestSite.snapshot(site));
        assertThat(Files.getLastModifiedTime(www.resolve("assets/style.css"))).isEqualTo(longAgo);
        assertThat(Files.getLastModifiedTime(www.resolve("index.html"))).isNotEqualTo(longAgo);
        assertThat(console.out()).contains(" oförändrade.").doesNotContain(" 0 oförändrade.");
        assertThat(siblings(www)).containsExactly("lup", "lup.lup-site-lock");
    }

    @Test
    void aFolderThatIsNotABuiltSiteIsNotPublished() throws Exception {
        Path notASite = Files.createDirectories(dir.resolve("inte"));
        Files.writeString(notASite.resolve("index.html"), "<p>");

        assertThat(console.run("publish", "--site", notASite.toString(), "--to", dir.resolve("www").toString()))
                .isEqualTo(2);
        assertThat(console.err()).isEqualTo("Fel: Mappen " + notASite + " är ingen webbplats byggd av lup-site "
                + "(filen .lup-site-manifest saknas). Bygg den först med lup-site build, eller ange den med --site "
                + "MAPP.\n");
        assertThat(dir.resolve("www")).doesNotExist();
    }

    @Test
    void aSiteChangedAfterItsBuildIsNotPublished() throws Exception {
        Path site = TestSite.minimal(dir).build();
        Files.writeString(site.resolve("index.html"), "ändrad för hand");
        Files.delete(site.resolve("mal.html"));
        Files.writeString(site.resolve(".env"), "HEMLIGT=1");

        assertThat(console.run("publish", "--site", site.toString(), "--to", dir.resolve("www").toString()))
                .isEqualTo(2);
        assertThat(console.err()).isEqualTo("Fel: Webbplatsen " + site + " är inte som lup-site byggde den: "
                + "index.html har ändrats, mal.html saknas, .env hör inte dit. Bygg om den med lup-site build och "
                + "publicera sedan.\n");
        assertThat(dir.resolve("www")).doesNotExist();
    }

    @Test
    void theWebServersOwnFilesAndTheSiteItselfAreRefused() throws Exception {
        Path site = TestSite.minimal(dir).build();
        Path www = Files.createDirectories(dir.resolve("www"));
        Files.writeString(www.resolve("web.config"), "<configuration/>");
        Map<String, ByteBuffer> before = TestSite.snapshot(www);

        assertThat(console.run("publish", "--site", site.toString(), "--to", www.toString())).isEqualTo(2);
        assertThat(console.err()).startsWith("Fel: Mappen " + www + " finns redan och är inte gjord av lup-site");
        assertThat(TestSite.snapshot(www)).isEqualTo(before);
        console.clear();

        assertThat(console.run("publish", "--site", site.toString(), "--to", site.resolve("ut").toString()))
                .isEqualTo(2);
        assertThat(console.err()).isEqualTo("Fel: Mappen " + site.resolve("ut") + " ligger i webbplatsen som "
                + "publiceras (" + site + "); då hamnar det som skrivs i det som läses. Ange en mapp utanför den, till "
                + "exempel --to /srv/www/lup.\n");
    }

    @Test
    void toIsRequired() {
        assertThat(console.run("publish")).isEqualTo(2);
        assertThat(console.err()).startsWith("Fel: det här behövs också: --to.");
    }

    @Test
    void aLinkInTheSiteIsNotPublishedNorAFolderTheWebServerKeepsFilesIn() throws Exception {
        Path site = TestSite.minimal(dir).build();
        Path secret = Files.writeString(dir.resolve("env"), "HEMLIGT=1");
        Files.createSymbolicLink(site.resolve("lacka.txt"), secret);
        Files.writeString(site.resolve(".lup-site-manifest"), Files.size(site.resolve("lacka.txt")) + "\tlacka.txt\n",
                java.nio.file.StandardOpenOption.APPEND);

        assertThat(console.run("publish", "--site", site.toString(), "--to", dir.resolve("www").toString()))
                .isEqualTo(2);
        assertThat(console.err()).isEqualTo("Fel: Webbplatsen " + site + " är inte som lup-site byggde den: lacka.txt "
                + "är en symbolisk länk. Bygg om den med lup-site build och publicera sedan.\n");
        assertThat(dir.resolve("www")).doesNotExist();
        console.clear();

        Files.delete(site.resolve("lacka.txt"));
        TestSite.minimal(dir).build();
        Path iis = Files.createDirectories(dir.resolve("iis/assets"));
        Files.writeString(iis.resolveSibling("index.html"), "<p>");
        Files.writeString(iis.resolve("style.css"), "p {}");
        Files.writeString(iis.resolveSibling("web.config"), "<configuration/>");
        assertThat(console.run("publish", "--site", site.toString(), "--to", iis.getParent().toString())).isEqualTo(2);
        assertThat(console.err()).startsWith("Fel: Mappen " + iis.getParent() + " finns redan och är inte gjord av lup-site");
        assertThat(iis.resolveSibling("web.config")).exists();
    }

    @Test
    void notIntoTheCheckoutsContent() throws Exception {
        Path site = TestSite.minimal(dir).build();

        assertThat(console.run("publish", "--site", site.toString(), "--to", "content/www")).isEqualTo(2);
        assertThat(console.err()).isEqualTo("Fel: Mappen content/www ligger i innehållsmappen (content); då hamnar det "
                + "som skrivs i det som läses. Ange en mapp utanför den, till exempel --to /srv/www/lup.\n");
        assertThat(Path.of("content/www")).doesNotExist();
    }

    static java.util.List<String> siblings(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder.getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
