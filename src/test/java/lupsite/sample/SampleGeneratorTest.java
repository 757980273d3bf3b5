package lupsite.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.cli.Main;
import lupsite.load.SourceReader;
import lupsite.model.Content;
import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.testsupport.TreeDigest;

class SampleGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void generatedContentChecksWithoutAnyProblemAndHasTheRequestedSize() throws IOException {
        Path content = temp.resolve("content");
        SampleGenerator.Summary summary = SampleGenerator.generate(60, 3, 7, content);

        Problems problems = new Problems();
        Content checked = Pipeline.check(content, problems).orElseThrow().derived().content();

        assertThat(problems.all()).isEmpty();
        assertThat(checked.activities().count()).isEqualTo(60);
        assertThat(checked.areas()).hasSize(3);
        assertThat(checked.followUps()).hasSize(3);
        assertThat(checked.followUps()).allSatisfy(f -> assertThat(f.activities()).hasSize(60));
        assertThat(checked.goals()).hasSize(summary.goals()).anyMatch(g -> g.target().isPresent());
        assertThat(checked.pages()).hasSize(summary.pages());
        assertThat(summary).isEqualTo(new SampleGenerator.Summary(3, 60, 5, 3, 2, 16));
    }

    @Test
    void markdownHasListsAndTables() throws IOException {
        Path content = temp.resolve("content");
        SampleGenerator.generate(100, 2, 1, content);

        String followUp = Files.readString(content.resolve("followups/2016-11-30/followup.yaml"));
        assertThat(followUp).contains("\n      - ").contains("|---|---:|---:|");
    }

    @Test
    void aFollowUpOfTenThousandActivitiesStaysUnderTheSizeLimitForContentFiles() throws IOException {
        Path content = temp.resolve("content");
        SampleGenerator.generate(10_000, 1, 1, content);

        assertThat(Files.size(content.resolve("followups/2016-05-31/followup.yaml")))
                .isLessThan(SourceReader.MAX_BYTES);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherText() throws IOException {
        SampleGenerator.generate(40, 2, 5, temp.resolve("a"));
        SampleGenerator.generate(40, 2, 5, temp.resolve("b"));
        SampleGenerator.generate(40, 2, 6, temp.resolve("c"));

        assertThat(TreeDigest.of(temp.resolve("a"))).isEqualTo(TreeDigest.of(temp.resolve("b")))
                .isNotEqualTo(TreeDigest.of(temp.resolve("c")));
    }

    @Test
    void theCommandRefusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(temp.resolve("plan.yaml"), "title: Min plan\n");
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"generate-sample", "--activities", "10", "--out", temp.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("Fel: " + temp + " finns redan och är inte tom. Välj en ny mapp, så att "
                + "inget innehåll skrivs över." + System.lineSeparator());
        assertThat(Files.readString(temp.resolve("plan.yaml"))).isEqualTo("title: Min plan\n");
    }
}
