package lupsite.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.cli.Main;
import lupsite.model.PartialDate;
import lupsite.problem.Problems;
import lupsite.testsupport.TestSite;

class NewFollowUpTest {

    private static final String LATEST = """
            # yaml-language-server: $schema=../../../schemas/followup.schema.json
            # Redaktörens kommentar: följer med kopian.
            date: 2019-11-18
            title: Lägesavstämning per 2019-11-18
            decision:
              body: Regionstyrelsen
              reference: RS/456/2019
            pages: [budget]

            # Målen
            goals:
              battre-rehabilitering:
                status: delvis-uppfyllt   # bedömt av processledaren
                reconstructed: true
                comment: |
                  Rutiner finns.

                  Implementering pågår.
              lagre-sjuktal: {status: uppfyllt, comment: Skillnaden har minskat.}
            activities:
              rutiner:
                status: genomford
                review: false
                note: Rutinerna är klara.
              utbildning:
                status: pagar
                note: Utbildning pågår.
            """;

    private static final String EXPECTED = """
            # yaml-language-server: $schema=../../../schemas/followup.schema.json
            # Redaktörens kommentar: följer med kopian.
            # Kopierad från uppföljningen 2019-11-18 med new-followup. Det som står review: true är inte granskat än.
            date: 2020-11-30
            title: Lägesavstämning per 2020-11-30

            # Målen
            goals:
              battre-rehabilitering:
                status: delvis-uppfyllt   # bedömt av processledaren
                review: true
                comment: |
                  Rutiner finns.

                  Implementering pågår.
              lagre-sjuktal: {review: true, status: uppfyllt, comment: Skillnaden har minskat.}
            activities:
              rutiner:
                status: genomford
                review: true
                note: Rutinerna är klara.
              utbildning:
                status: pagar
                review: true
                note: Utbildning pågår.
            """;

    private static TestSite site(Path dir) {
        return TestSite.minimal(dir).with("followups/2019-11-18/followup.yaml", LATEST).withSchemas();
    }

    @Test
    void copiesTheLatestFollowUpLineByLineMarkingEveryAssessmentForReview(@TempDir Path dir) throws Exception {
        TestSite site = site(dir);
        Path content = site.write();

        var created = NewFollowUp.create(content, PartialDate.of(LocalDate.of(2020, 11, 30)), new Problems()).orElseThrow();

        assertThat(created).isEqualTo(new NewFollowUp.Created("followups/2020-11-30", PartialDate.of(LocalDate.of(2019, 11, 18)), 4,
                true, List.of("decision", "pages"), new NewFollowUp.Revised(List.of(), List.of())));
        assertThat(Files.readString(content.resolve("followups/2020-11-30/followup.yaml"))).isEqualTo(EXPECTED);
        assertThat(Files.readString(content.resolve("followups/2020-11-30/summary.md"))).isEqualTo("""
                > **Att göra:** Texten nedan är kopierad från uppföljningen 2019-11-18. Skriv om den för den här \
                uppföljningen och ta sedan bort det här stycket.

                Sjuktalen har sjunkit i *länet*.
                """);
        assertThat(Files.readString(content.resolve("followups/2019-11-18/followup.yaml"))).isEqualTo(LATEST);
        assertThat(Files.list(content.resolve("followups")).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("2019-11-18", "2020-11-30");
    }

    @Test
    void theCopyPassesCheckWithAWarningForEverythingStillToReview(@TempDir Path dir) throws Exception {
        TestSite site = site(dir);
        NewFollowUp.create(site.write(), PartialDate.of(LocalDate.of(2020, 11, 30)), new Problems());

        String copied = "content/followups/2020-11-30/followup.yaml:";
        String tail = " är kopierade från föregående uppföljning och inte granskade. Bedöm dem på nytt och ta sedan "
                + "bort raden review: true.";
        assertThat(site.problems()).containsExactly(
                copied + "11:13: varning: Statusen och kommentaren för målet \"battre-rehabilitering\"" + tail,
                copied + "16:27: varning: Statusen och kommentaren för målet \"lagre-sjuktal\"" + tail,
                copied + "20:13: varning: Statusen och noteringen för aktiviteten \"rutiner\"" + tail,
                copied + "24:13: varning: Statusen och noteringen för aktiviteten \"utbildning\"" + tail,
                "content/followups/2020-11-30/summary.md:1:1: varning: Sammanfattningen är kopierad från föregående "
                        + "uppföljning och inte omskriven. Skriv om den och ta sedan bort stycket \"Att göra\" överst.");
    }

    @Test
    void aCopyBuiltBeforeReviewSaysSoInsteadOfPassingForNewAssessments(@TempDir Path dir) throws Exception {
        TestSite site = site(dir);
        NewFollowUp.create(site.write(), PartialDate.of(LocalDate.of(2020, 11, 30)), new Problems());
        Path out = site.build();

        String notice = "Uppföljningen är inte färdig: 4 bedömningar är kopierade från föregående uppföljning och ännu "
                + "inte granskade (markerade ”kopierad, ej granskad”).";
        var followUp = TestSite.html(out, "uppfoljning-2020-11-30.html");
        assertThat(followUp.select(".notice").text()).isEqualTo(notice);
        assertThat(followUp.select("#mal-lagre-sjuktal .goal-status").text()).isEqualTo("● Uppfyllt (kopierad, ej granskad)");
        var changes = TestSite.html(out, "forandringar-2020-11-30.html");
        assertThat(changes.select(".notice").text()).isEqualTo(notice);
        assertThat(changes.select("main > p").last().text())
                .isEqualTo("Ingen status och ingen text har ändrats sedan föregående uppföljning.");
        assertThat(TestSite.html(out, "uppfoljning-2019-11-18.html").select(".notice")).isEmpty();
    }

    @Test
    void readsAWindowsFileWithBomAndCrlf(@TempDir Path dir) throws Exception {
        TestSite site = site(dir).withBytes("followups/2019-11-18/followup.yaml",
                ("\uFEFF" + LATEST.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        Path content = site.write();

        NewFollowUp.create(content, PartialDate.of(LocalDate.of(2020, 11, 30)), new Problems());

        assertThat(Files.readString(content.resolve("followups/2020-11-30/followup.yaml"))).isEqualTo(EXPECTED);
    }

    @Test
    void copiesAFollowUpDatedOnlyByItsYearAsAFullOne(@TempDir Path dir) throws Exception {
        TestSite site = TestSite.minimal(dir)
                .without("followups/2019-11-18/followup.yaml").without("followups/2019-11-18/summary.md")
                .with("followups/2018/followup.yaml", """
                        date: 2018
                        title: Regionstyrelsens uppföljning 2018
                        partial: true
                        goals:
                          lagre-sjuktal:
                            status: uppfyllt
                        """);
        Path content = site.write();

        assertThatThrownBy(() -> NewFollowUp.create(content, PartialDate.of(LocalDate.of(2018, 12, 1)), new Problems()))
                .hasMessage("Datumet 2018-12-01 är inte efter den senaste uppföljningen (2018). En ny uppföljning "
                        + "måste ha ett senare datum.");
        var created = NewFollowUp.create(content, PartialDate.of(LocalDate.of(2019, 3, 1)), new Problems()).orElseThrow();

        assertThat(created.dropped()).containsExactly("partial");
        assertThat(Files.readString(content.resolve("followups/2019-03-01/followup.yaml"))).isEqualTo("""
                # Kopierad från uppföljningen 2018 med new-followup. Det som står review: true är inte granskat än.
                date: 2019-03-01
                title: Regionstyrelsens uppföljning 2018
                goals:
                  lagre-sjuktal:
                    status: uppfyllt
                    review: true
                  battre-rehabilitering:
                    # Ny i planens version: skriv status och kommentar.
                    comment: ""
                activities:
                  rutiner:
                    # Ny i planens version: skriv status och notering.
                    note: ""
                  utbildning:
                    # Ny i planens version: skriv status och notering.
                    note: ""
                """);
    }

    @Test
    void refusesADateNotAfterTheLatest(@TempDir Path dir) {
        Path content = site(dir).write();

        assertThatThrownBy(() -> NewFollowUp.create(content, PartialDate.of(LocalDate.of(2019, 6, 1)), new Problems()))
                .isInstanceOf(Refused.class)
                .hasMessage("Datumet 2019-06-01 är inte efter den senaste uppföljningen (2019-11-18). En ny uppföljning "
                        + "måste ha ett senare datum.");
        assertThat(content.resolve("followups").toFile().list()).containsExactly("2019-11-18");
    }

    @Test
    void neverOverwritesAFolderThatExists(@TempDir Path dir) throws Exception {
        Path content = site(dir).with("followups/2020-11-30/anteckningar.txt", "utkast").write();

        assertThatThrownBy(() -> NewFollowUp.create(content, PartialDate.of(LocalDate.of(2020, 11, 30)), new Problems()))
                .isInstanceOf(Refused.class)
                .hasMessage("Mappen followups/2020-11-30 finns redan. new-followup skriver aldrig över en uppföljning; "
                        + "välj ett annat datum eller ta bort mappen själv.");
        assertThat(content.resolve("followups/2020-11-30").toFile().list()).containsExactly("anteckningar.txt");
    }

    @Test
    void copiesNothingFromContentWithErrors(@TempDir Path dir) throws Exception {
        Path content = site(dir).with("goals.yaml", "goals:\n  - id: Fel id\n").write();
        Problems problems = new Problems();

        assertThat(NewFollowUp.create(content, PartialDate.of(LocalDate.of(2020, 11, 30)), problems)).isEmpty();

        assertThat(problems.hasErrors()).isTrue();
        assertThat(content.resolve("followups").toFile().list()).containsExactly("2019-11-18");
    }

    @Test
    void theCommandTellsWhatItMadeAndRefusesADateItCannotRead(@TempDir Path dir) {
        Path content = site(dir).write();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int bad = Main.run(new String[] {"new-followup", "--content", content.toString(), "30/11/2020"},
                new PrintWriter(out), new PrintWriter(err));
        int good = Main.run(new String[] {"new-followup", "--content", content.toString(), "2020-11-30"},
                new PrintWriter(out), new PrintWriter(err));

        assertThat(List.of(bad, good)).containsExactly(2, 0);
        String prefix = content.toString().replace('\\', '/') + "/";
        assertThat(out.toString()).isEqualTo("Skapade " + prefix + "followups/2020-11-30/ från uppföljningen 2019-11-18.\n"
                + "  followup.yaml: 4 statusar med texter kopierade och markerade med review: true.\n"
                + "  summary.md: kopierad, med en påminnelse överst om att skriva om den.\n"
                + "  decision och pages togs inte med: de gällde den förra uppföljningen. Lägg till dem när den nya har "
                + "behandlats.\n"
                + "Gå igenom varningarna nedan: ta bort review: true när du har bedömt en status på nytt.\n");
        assertThat(err.toString()).startsWith("Fel: \"30/11/2020\" är inget giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD, "
                + "till exempel 2020-11-30, eller ÅÅÅÅ-MM eller ÅÅÅÅ när dagen inte är känd.\n" + prefix + "followups/2020-11-30/followup.yaml:11:13: varning: ")
                .endsWith("0 fel, 5 varningar.\n");
    }
}
