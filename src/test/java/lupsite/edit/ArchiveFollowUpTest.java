package lupsite.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.problem.Problems;
import lupsite.testsupport.TestSite;

/** A decided follow-up archived, held to its record, corrected and archived again. (Invented content.) */
class ArchiveFollowUpTest {

    private static final String YAML = "followups/2019-11-18/followup.yaml";
    private static final String ARCHIVE = "followups/2019-11-18/decided/";
    private static final String PDF = "pdf/lup-uppfoljning-2019-11-18.pdf";

    @TempDir
    Path dir;

    private TestSite decided() {
        TestSite site = TestSite.minimal(dir);
        String yaml = new String(site.files().get(YAML), StandardCharsets.UTF_8);
        return site.with(YAML, yaml.replace("title: Lägesavstämning per 2019-11-18\n", """
                title: Lägesavstämning per 2019-11-18
                decided:
                  date: 2019-12-10
                  body: Regionstyrelsen
                  reference: RS/456/2019
                  paragraph: § 123
                """));
    }

    private ArchiveFollowUp.Archived archive(TestSite site) throws Exception {
        Problems problems = new Problems();
        Optional<ArchiveFollowUp.Archived> archived = ArchiveFollowUp.archive(site.write(), TestSite.TEMPLATES,
                "2019-11-18", problems);
        assertThat(problems.all()).filteredOn(p -> p.severity() == lupsite.problem.Problem.Severity.ERROR).isEmpty();
        return archived.orElseThrow();
    }

    @Test
    void aDecidedFollowUpThatIsNotArchivedIsAWarning() {
        assertThat(decided().problems()).containsExactly("content/followups/2019-11-18/followup.yaml:3:1: varning: "
                + "Uppföljningen 2019-11-18 är beslutad men inte arkiverad. Kör lup-site archive 2019-11-18, så att dess "
                + "sida och PDF bevaras som de beslutades.");
    }

    @Test
    void anArchivedFollowUpsPdfIsTheArchivedOneWhateverTheTemplates() throws Exception {
        TestSite site = decided();
        ArchiveFollowUp.Archived archived = archive(site);

        assertThat(archived.edition()).isEqualTo(1);
        assertThat(site.problems()).isEmpty();
        byte[] kept = Files.readAllBytes(site.contentDir().resolve(ARCHIVE + "lup-uppfoljning-2019-11-18.pdf"));
        assertThat(Files.readAllBytes(site.build(true).resolve(PDF))).isEqualTo(kept);
        assertThat(TestSite.html(dir.resolve("site"), "uppfoljning-2019-11-18.html").select(".decided").text())
                .isEqualTo("Beslutad av Regionstyrelsen 2019-12-10, § 123 (dnr RS/456/2019).");
        assertThat(archive(site).unchanged()).isTrue();
    }

    @Test
    void aChangedValueTheDecidedFollowUpUsedIsAnErrorThatNamesIt() throws Exception {
        TestSite site = decided();
        archive(site);
        String indicator = new String(site.files().get("indicators/sjuktal.yaml"), StandardCharsets.UTF_8);

        site.with("indicators/sjuktal.yaml", indicator.replace("lanet: \"7,8\"", "lanet: \"7,9\""));

        assertThat(site.problems()).contains("content/followups/2019-11-18/followup.yaml:3:1: Uppföljningen 2019-11-18 "
                + "är beslutad och ska säga samma sak som när den beslutades, men Sjuktal, Länet 2019-09-30 har ändrats: "
                + "\"7,8\" i beslutet, nu \"7,9\". Ändra tillbaka, eller skriv vad som ändrats och varför under "
                + "corrections: och kör sedan lup-site archive 2019-11-18.");
    }

    /** Long texts start alike: the message shows the words around the change, the same on both sides. */
    @Test
    void aChangeInALongTextIsShownWhereItIs() throws Exception {
        String comment = "Rutiner för samordnad rehabilitering har tagits fram i samtliga kommuner i länet under "
                + "året, och implementeringen pågår i de flesta av dem enligt den plan som regionstyrelsen fastställde.";
        TestSite site = decided();
        String yaml = new String(site.files().get(YAML), StandardCharsets.UTF_8);
        site.with(YAML, yaml.replace("comment: Rutiner finns. Implementering pågår.", "comment: " + comment));
        archive(site);

        site.with(YAML, yaml.replace("comment: Rutiner finns. Implementering pågår.",
                "comment: " + comment.replace("de flesta", "alla")));

        assertThat(site.problems()).containsExactly("content/followups/2019-11-18/followup.yaml:3:1: Uppföljningen "
                + "2019-11-18 är beslutad och ska säga samma sak som när den beslutades, men Målet "
                + "\"battre-rehabilitering\": kommentar har ändrats: \"… och implementeringen pågår i de flesta av dem "
                + "enligt den plan som regionstyrelsen …\" i beslutet, nu \"… och implementeringen pågår i alla av dem "
                + "enligt den plan som regionstyrelsen …\". Ändra "
                + "tillbaka, eller skriv vad som ändrats och varför under corrections: och kör sedan lup-site archive "
                + "2019-11-18.");
    }

    @Test
    void laterValuesChangeNothingOfADecidedFollowUp() throws Exception {
        TestSite site = decided();
        archive(site);

        site.appending("indicators/sjuktal.yaml", """
                  - date: 2020-03-31
                    lanet: 7.2
                    riket: 9.6
                """);

        assertThat(site.problems()).isEmpty();
    }

    @Test
    void aCorrectionIsShownAndArchivedAsANewEditionKeepingTheFirst() throws Exception {
        TestSite site = decided();
        archive(site);
        byte[] first = Files.readAllBytes(site.contentDir().resolve(ARCHIVE + "lup-uppfoljning-2019-11-18.pdf"));
        String indicator = new String(site.files().get("indicators/sjuktal.yaml"), StandardCharsets.UTF_8);
        site.with("indicators/sjuktal.yaml", indicator.replace("lanet: \"7,8\"", "lanet: \"7,9\""))
                .appending(YAML, """
                        corrections:
                          - date: 2020-04-02
                            text: Försäkringskassan reviderade sjuktalet för september 2019 från 7,8 till 7,9.
                        """);

        assertThat(site.problems()).containsExactly("content/followups/2019-11-18/followup.yaml:3:1: varning: "
                + "Uppföljningen 2019-11-18 har en rättelse som inte är arkiverad. Kör lup-site archive 2019-11-18, så "
                + "att arkivexemplaret och PDF:en visar den.");
        assertThat(archive(site).edition()).isEqualTo(2);

        assertThat(site.problems()).isEmpty();
        Path content = site.contentDir();
        assertThat(Files.readAllBytes(content.resolve(ARCHIVE + "edition-1/lup-uppfoljning-2019-11-18.pdf")))
                .isEqualTo(first);
        assertThat(content.resolve(ARCHIVE + "edition-1/record.json")).exists();
        Path out = site.build(true);
        assertThat(TestSite.html(out, "uppfoljning-2019-11-18.html").select(".corrections").text()).isEqualTo(
                "Rättelse 2020-04-02: Försäkringskassan reviderade sjuktalet för september 2019 från 7,8 till 7,9.");
        assertThat(Files.readAllBytes(out.resolve(PDF)))
                .isEqualTo(Files.readAllBytes(content.resolve(ARCHIVE + "lup-uppfoljning-2019-11-18.pdf")));
    }

    @Test
    void aDamagedRecordIsAnErrorAndArchivingWritesItAnew() throws Exception {
        TestSite site = decided();
        archive(site);
        Files.writeString(site.contentDir().resolve(ARCHIVE + "record.json"), "{\"format\": 1, \"facts\": {");

        assertThat(site.problems()).containsExactly("content/followups/2019-11-18/decided/record.json:1:25: "
                + "Arkivexemplaret går inte att läsa; det skrivs av lup-site och ska inte ändras för hand. Kör lup-site "
                + "archive 2019-11-18 för att skriva det på nytt ur innehållet som det är nu.");
        assertThat(archive(site).edition()).isEqualTo(1);
        assertThat(site.problems()).isEmpty();
    }

    @Test
    void aFollowUpThatIsNotDecidedIsNotArchived() {
        TestSite site = TestSite.minimal(dir);
        assertThatThrownBy(() -> ArchiveFollowUp.archive(site.write(), TestSite.TEMPLATES, "2019-11-18", new Problems()))
                .isInstanceOf(Refused.class).hasMessage("Uppföljningen 2019-11-18 är inte beslutad. Skriv beslutet under "
                        + "decided: i followups/2019-11-18/followup.yaml (date, body och gärna reference och paragraph) och "
                        + "kör sedan archive igen.");
    }

    @Test
    void theCommandSaysWhatItWroteAndRefusesAFollowUpThatDoesNotExist() throws Exception {
        Path content = decided().write();
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        String[] base = {"archive", "--content", content.toString(), "--templates", TestSite.TEMPLATES.toString()};

        int wrong = lupsite.cli.Main.run(java.util.stream.Stream.concat(java.util.Arrays.stream(base),
                java.util.stream.Stream.of("2019-11-19")).toArray(String[]::new), new java.io.PrintWriter(out),
                new java.io.PrintWriter(err));
        int right = lupsite.cli.Main.run(java.util.stream.Stream.concat(java.util.Arrays.stream(base),
                java.util.stream.Stream.of("2019-11-18")).toArray(String[]::new), new java.io.PrintWriter(out),
                new java.io.PrintWriter(err));

        assertThat(java.util.List.of(wrong, right)).containsExactly(2, 0);
        String prefix = content.toString().replace('\\', '/') + "/";
        assertThat(err.toString()).startsWith("Inget arkiverades: Det finns ingen uppföljning med datumet 2019-11-19 i "
                + "followups/. Ange datumet som mappen heter, till exempel 2019-11-18.\n");
        assertThat(out.toString()).isEqualTo("Arkiverade uppföljningen 2019-11-18, utgåva 1, i " + prefix
                + "followups/2019-11-18/decided/. Lägg till mappen i git; byggen visar nu " + prefix
                + "followups/2019-11-18/decided/lup-uppfoljning-2019-11-18.pdf.\n");
    }
}
