package lupsite.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.render.RenderException;
import lupsite.testsupport.TestSite;

/**
 * Nothing outside content/ and templates/ is read: links (to files or folders, out of the tree or inside it) and
 * special files are refused where they stand, with no word of what they lead to; hidden names are not seen.
 */
class SourceTreeTest {

    private static final String FILE_LINK = "Filen är en symbolisk länk. Länkar följs inte, eftersom de kan leda "
            + "utanför content/ (till exempel till lösenord på datorn som bygger). Kopiera in filen i stället för att "
            + "länka till den.";
    private static final String FOLDER_LINK = "Mappen är en symbolisk länk. Länkar följs inte, eftersom de kan leda "
            + "utanför content/ (till exempel till lösenord på datorn som bygger). Kopiera in mappen i stället för att "
            + "länka till den.";

    /** The minimal site with a page that shows {@code images/x.png}. */
    private static TestSite withImage(Path dir) {
        return TestSite.minimal(dir).with("pages/bild.md", "---\ntitle: Bild\n---\n![Karta](../images/x.png)\n");
    }

    @Test
    void aLinkToAFileOutsideIsRefusedWithoutSayingWhereItLeads(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("hemlig-nyckel.txt"), "lösenord");
        TestSite site = withImage(dir);
        Files.createDirectories(site.write().resolve("images"));
        Files.createSymbolicLink(site.contentDir().resolve("images/x.png"), secret);

        List<String> problems = site.problems();

        // The link is reported once; the page's image is not also "a file that does not exist".
        assertThat(problems).containsExactly("content/images/x.png:1:1: " + FILE_LINK);
        assertThat(String.join("\n", problems)).doesNotContain("hemlig", dir.toString());
    }

    @Test
    void aLinkToAFolderOutsideIsRefusedAndNotEntered(@TempDir Path dir) throws IOException {
        Path shared = Files.createDirectories(dir.resolve("delat"));
        Files.writeString(shared.resolve("x.png"), "inte en bild");
        Files.writeString(shared.resolve(".env"), "TOKEN=hemlig");
        TestSite site = withImage(dir);
        Files.createSymbolicLink(site.write().resolve("images"), shared);

        assertThat(site.problems()).containsExactly("content/images:1:1: " + FOLDER_LINK);
    }

    @Test
    void theBuildMachinesEnvironmentIsNeverRead(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/self/environ")), "a Linux /proc");
        TestSite site = TestSite.minimal(dir);
        Path content = site.write();
        Files.createSymbolicLink(content.resolve("pages/miljo.md"), Path.of("/proc/self/environ"));
        Files.createSymbolicLink(content.resolve("indicators/sjuktal.csv"), Path.of("/proc/self/environ"));

        assertThat(site.problems()).containsExactly(
                "content/indicators/sjuktal.csv:1:1: " + FILE_LINK,
                "content/pages/miljo.md:1:1: " + FILE_LINK);
    }

    @Test
    void aLinkInsideTheTreeIsRefusedToo(@TempDir Path dir) throws IOException {
        // A link that stays inside today can be pointed out of the tree by a one-line commit tomorrow.
        TestSite site = withImage(dir).with("images/karta.png", "");
        Path content = site.write();
        Files.createSymbolicLink(content.resolve("images/x.png"), content.resolve("images/karta.png"));

        assertThat(site.problems()).containsExactly("content/images/x.png:1:1: " + FILE_LINK);
    }

    @Test
    void aNamedPipeIsRefusedAndNeverOpened(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.minimal(dir);
        Path fifo = site.write().resolve("pages/ror.md");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");

        // Opening a pipe with no writer would block the check for ever.
        assertThat(site.problems()).containsExactly("content/pages/ror.md:1:1: Det här är varken en vanlig fil "
                + "eller en mapp (utan till exempel en namngiven pipe eller en enhet), så det läses inte. Ta bort det "
                + "ur content/.");
    }

    @Test
    void hiddenFilesAndFoldersAreNeitherReadNorPublished(@TempDir Path dir) throws IOException {
        TestSite site = TestSite.minimal(dir).with(".env", "TOKEN=hemlig").with(".git/config", "[core]")
                .with("pages/.budget.md.swp", "\0\0");
        Files.createSymbolicLink(site.write().resolve(".secret"), Path.of("/proc/self/environ"));

        Path out = site.build();

        assertThat(TestSite.snapshot(out).keySet()).noneMatch(p -> p.contains(".env") || p.contains(".git")
                || p.contains(".swp") || p.contains("secret"));
    }

    @Test
    void aLinkInTheTemplatesStopsTheBuildAndNamesIt(@TempDir Path dir) throws Exception {
        Path content = TestSite.minimal(dir).write();
        Path templates = TestSite.copyTemplates(dir.resolve("mallar"));
        Path fonts = Files.move(templates.resolve("fonts"), dir.resolve("delade-typsnitt"));
        Files.createSymbolicLink(templates.resolve("fonts"), fonts);
        Files.createSymbolicLink(templates.resolve("assets/logga.png"), Path.of("/etc/hostname"));
        Path out = dir.resolve("site");

        assertThatThrownBy(() -> Pipeline.build(new Pipeline.Options(content, templates, out, false), new Problems()))
                .isInstanceOf(RenderException.class)
                .hasMessage(templates.toString().replace('\\', '/') + "/assets/logga.png:1:1: Filen är en symbolisk "
                        + "länk. Länkar följs inte, eftersom de kan leda utanför templates/ (till exempel till lösenord "
                        + "på datorn som bygger). Kopiera in filen i stället för att länka till den.\n"
                        + templates.toString().replace('\\', '/') + "/fonts:1:1: Mappen är en symbolisk länk. Länkar "
                        + "följs inte, eftersom de kan leda utanför templates/ (till exempel till lösenord på datorn "
                        + "som bygger). Kopiera in mappen i stället för att länka till den.");
        assertThat(out).doesNotExist();
    }

    @Test
    void theContentFolderItselfMayBeALink(@TempDir Path dir) throws IOException {
        // It is named on the command line (or is the default), not committed inside the tree.
        Path content = TestSite.minimal(dir.resolve("riktig")).write();
        Path link = Files.createSymbolicLink(dir.resolve("content"), content);

        Problems problems = new Problems();
        assertThat(Pipeline.check(link, problems)).isPresent();
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void onlyListedFilesCanBeOpened(@TempDir Path dir) throws IOException {
        Path content = TestSite.minimal(dir).write();
        SourceTree tree = SourceTree.scan(content, "content");

        assertThat(tree.read("goals.yaml")).isEqualTo(Files.readAllBytes(content.resolve("goals.yaml")));
        assertThatThrownBy(() -> tree.read("../../etc/passwd")).isInstanceOf(java.nio.file.NoSuchFileException.class);
        assertThatThrownBy(() -> tree.read(".env")).isInstanceOf(java.nio.file.NoSuchFileException.class);
    }
}
