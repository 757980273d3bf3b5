package lupsite.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

class GitHistoryTest {

    @TempDir
    Path temp;

    private static void commit(Git git, String instant, String message) throws Exception {
        PersonIdent editor = new PersonIdent("Redaktör", "redaktor@example.org", Instant.parse(instant),
                ZoneId.of("Europe/Stockholm"));
        git.add().addFilepattern("content").call();
        git.commit().setMessage(message).setAuthor(editor).setCommitter(editor).setSign(false).call();
    }

    @Test
    void aFollowUpPageShowsTheDayOfTheLastCommitThatTouchedItsFolder() throws Exception {
        TestSite site = TestSite.minimal(temp);
        site.write();
        try (Git git = Git.init().setDirectory(temp.toFile()).call()) {
            // 23:30 UTC is already the next day in Sweden: the committer's own zone decides the date.
            commit(git, "2024-03-04T23:30:00Z", "Uppföljningen");
            site.with("areas/01-rehabilitering.md", Files.readString(site.contentDir().resolve("areas/01-rehabilitering.md"))
                    .replace("Inledning till området.", "Ny inledning."));
            site.write();
            commit(git, "2024-06-01T08:00:00Z", "Bara målområdet");
        }

        Path out = site.build();

        assertThat(TestSite.html(out, "uppfoljning-2019-11-18.html").select("p.last-changed").text())
                .isEqualTo("Senast ändrad 2024-03-05");
    }

    @Test
    void contentOutsideGitShowsNoDate() {
        Path out = TestSite.minimal(temp).build();

        assertThat(TestSite.html(out, "uppfoljning-2019-11-18.html").select("p.last-changed")).isEmpty();
    }

    @Test
    void aFolderNoCommitTouchedHasNoDate() throws Exception {
        TestSite site = TestSite.minimal(temp);
        site.write();
        try (Git git = Git.init().setDirectory(temp.toFile()).call()) {
            commit(git, "2024-03-04T10:00:00Z", "Allt");
        }

        assertThat(GitHistory.lastChanged(site.contentDir(), java.util.List.of("followups/2019-11-18", "followups/2020-05-01")))
                .containsOnlyKeys("followups/2019-11-18");
    }
}
