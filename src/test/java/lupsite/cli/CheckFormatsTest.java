package lupsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.model.Position;
import lupsite.problem.Problems;
import lupsite.render.Generator;
import lupsite.testsupport.TestSite;

/**
 * {@code check --format}: an editor commits a status typo on a branch through the web UI, and each CI system
 * must show it as an error on its line, in the form that system documents.
 */
class CheckFormatsTest {

    static final String FILE = "content/followups/2019-11-18/followup.yaml";
    static final String TYPO = "Statusen \"delvis\" finns inte bland målens statusar i plan.yaml – menade du "
            + "delvis-uppfyllt? Möjliga statusar: uppfyllt, delvis-uppfyllt, ej-uppfyllt.";

    @TempDir
    Path repository;

    private Path content;
    private final Console console = new Console();

    /** main with the plan; the branch andra-status with "delvis" for "delvis-uppfyllt" on line 5, column 13. */
    @BeforeEach
    void commitATypoOnABranch() throws Exception {
        TestSite site = TestSite.minimal(repository);
        content = site.write();
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            commit(git, "Planen");
            git.checkout().setCreateBranch(true).setName("andra-status").call();
            Path followUp = content.resolve("followups/2019-11-18/followup.yaml");
            Files.writeString(followUp, Files.readString(followUp).replace("status: delvis-uppfyllt", "status: delvis"));
            commit(git, "Ny status");
        }
    }

    private static void commit(Git git, String message) throws Exception {
        PersonIdent editor = new PersonIdent("Redaktör", "redaktor@example.org");
        git.add().addFilepattern("content").call();
        git.commit().setMessage(message).setAuthor(editor).setCommitter(editor).setSign(false).call();
    }

    private int check(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "check";
        args[1] = "--content";
        args[2] = content.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return console.run(args);
    }

    @Test
    void textIsUnchangedAndGoesToStandardError() {
        assertThat(check()).isEqualTo(1);
        assertThat(console.out()).isEmpty();
        assertThat(console.err()).isEqualTo(content + "/followups/2019-11-18/followup.yaml:5:13: " + TYPO + "\n"
                + "1 fel, 0 varningar.\n");
    }

    @Test
    void githubGetsAnErrorWorkflowCommandOnTheLine() {
        assertThat(check("--format", "github")).isEqualTo(1);
        assertThat(console.out()).isEqualTo("::error file=" + FILE + ",line=5,col=13::" + TYPO + "\n");
        assertThat(console.err()).endsWith("1 fel, 0 varningar.\n");
    }

    @Test
    void azureGetsAnErrorLoggingCommandOnTheLine() {
        assertThat(check("--format", "azure")).isEqualTo(1);
        assertThat(console.out()).isEqualTo("##vso[task.logissue type=error;sourcepath=" + FILE
                + ";linenumber=5;columnnumber=13;]" + TYPO + "\n");
    }

    @Test
    void gitlabGetsACodeQualityReportInTheFileItWasAskedFor() throws Exception {
        Path report = repository.resolve("gl-code-quality-report.json");

        assertThat(check("--format", "gitlab", "--output", report.toString())).isEqualTo(1);

        assertThat(console.out()).isEmpty();
        assertThat(console.err()).endsWith("1 fel, 0 varningar.\n");
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("""
                [
                  {
                    "description" : "%s",
                    "check_name" : "lup-site/error",
                    "fingerprint" : "590954ff64643915d934d3c72309e676",
                    "severity" : "major",
                    "location" : {
                      "path" : "%s",
                      "lines" : {
                        "begin" : 5
                      }
                    }
                  }
                ]
                """.formatted(TYPO.replace("\"", "\\\""), FILE));
    }

    @Test
    void jsonHasAVersionEveryProblemAndASummary() {
        assertThat(check("--format", "json")).isEqualTo(1);
        assertThat(console.out()).isEqualTo("""
                {
                  "version" : 1,
                  "generator" : "%s",
                  "problems" : [
                    {
                      "severity" : "error",
                      "file" : "%s",
                      "line" : 5,
                      "column" : 13,
                      "message" : "%s"
                    }
                  ],
                  "summary" : {
                    "errors" : 1,
                    "warnings" : 0,
                    "notListed" : 0
                  }
                }
                """.formatted(Generator.NAME, FILE, TYPO.replace("\"", "\\\"")));
    }

    /** A report must be there, and be valid, when there is nothing to report: GitLab reads the file either way. */
    @Test
    void cleanContentGivesAnEmptyReportAndSaysSoOnStandardError() throws Exception {
        Files.writeString(content.resolve("followups/2019-11-18/followup.yaml"),
                Files.readString(content.resolve("followups/2019-11-18/followup.yaml"))
                        .replace("status: delvis", "status: delvis-uppfyllt"));

        assertThat(check("--format", "gitlab")).isZero();

        assertThat(console.out()).isEqualTo("[ ]\n");
        assertThat(console.err()).isEqualTo("Innehållet är korrekt.\n");
    }

    @Test
    void pathsAreFromTheTopOfTheRepositoryWhereverTheContentIs() throws Exception {
        Path nested = Files.createDirectories(repository.resolve("webbplats"));
        Files.move(content, nested.resolve("content"));
        content = nested.resolve("content");

        check("--format", "github");

        assertThat(console.out()).startsWith("::error file=webbplats/" + FILE + ",line=5,col=13::");
    }

    /** GitLab shows one issue per fingerprint: it names the problem, not its line, and never two at once. */
    @Test
    void aFingerprintStaysWhenTheLineMovesAndDiffersForTheSameMessageTwice() {
        Problems before = new Problems();
        before.error(new Position("goals.yaml", 4, 5), "Nyckeln \"text\" saknas.");
        Problems after = new Problems();
        after.error(new Position("goals.yaml", 9, 5), "Nyckeln \"text\" saknas.");
        after.error(new Position("goals.yaml", 12, 5), "Nyckeln \"text\" saknas.");

        String first = fingerprints(before);
        String moved = fingerprints(after);

        assertThat(moved.lines()).hasSize(2).doesNotHaveDuplicates();
        assertThat(moved.lines().findFirst()).contains(first.strip());
    }

    private static String fingerprints(Problems problems) {
        StringBuilder found = new StringBuilder();
        ProblemFormats.render(ReportFormat.GITLAB, problems, "content/").lines()
                .filter(line -> line.contains("\"fingerprint\""))
                .forEach(line -> found.append(line.strip()).append('\n'));
        return found.toString();
    }

    /**
     * What would end a command or a property is escaped as each system documents it; a line break in a message
     * is already escaped by the problem itself, so it cannot start another command either.
     */
    @Test
    void githubAndAzureEscapeWhatWouldEndTheCommand() {
        Problems problems = new Problems();
        problems.warning(new Position("pages/a,b:c.md", 2, 1), "50 % klart; [se]\r\nnästa rad");

        assertThat(ProblemFormats.render(ReportFormat.GITHUB, problems, "content/")).isEqualTo(
                "::warning file=content/pages/a%2Cb%3Ac.md,line=2,col=1::50 %25 klart; [se]\\r\\nnästa rad\n");
        assertThat(ProblemFormats.render(ReportFormat.AZURE, problems, "content/")).isEqualTo(
                "##vso[task.logissue type=warning;sourcepath=content/pages/a,b:c.md;linenumber=2;columnnumber=1;]"
                        + "50 % klart%3B [se%5D\\r\\nnästa rad\n");
    }

    @Test
    void aReportThatCannotBeWrittenIsAFailureThatSaysWhere() {
        Path nowhere = repository.resolve("finns-inte/rapport.json");

        assertThat(check("--format", "json", "--output", nowhere.toString())).isEqualTo(3);
        assertThat(console.err()).contains("Fel: rapporten kunde inte skrivas till " + nowhere + " (");
    }

    @Test
    void anUnknownFormatIsAUsageErrorThatListsTheFormats() {
        assertThat(check("--format", "xml")).isEqualTo(2);
        assertThat(console.err()).startsWith("Fel: ogiltigt värde 'xml' för --format. Skriv ett av: text, github, "
                + "gitlab, azure, json.\n");
    }
}
