package lupsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/**
 * A plan revised after its first follow-up, played through as an editor would: two goals replaced, one reworded,
 * one focus area merged into another, three activities ended and four added. The revision edits only the plan's
 * files; the earlier follow-up stays as it was published. (Invented content.)
 */
class RevisionTest {

    @TempDir
    Path dir;

    static TestSite beforeRevision(Path dir) {
        return TestSite.minimal(dir)
                .with("goals.yaml", """
                        goals:
                          - id: battre-rehabilitering
                            horizon: 4
                            text: Bättre rehabilitering i länet.
                            area: rehabilitering
                          - id: lagre-sjuktal
                            horizon: 4
                            text: Lägre sjuktal än 2014.
                            target:
                              indicator: sjuktal
                              series: lanet
                              compareTo: riket
                              baseline: 2014-12-31
                              decreaseBy: 1.0
                          - id: kompetens
                            horizon: 4
                            text: God kompetens inom försäkringsmedicin.
                          - id: samverkan
                            horizon: 8
                            text: Samverkan med länets arbetsgivare.
                        """)
                .with("areas/02-kompetens.md", """
                        ---
                        id: kompetens
                        title: Kompetens
                        activities:
                          - id: kurser
                            text: Ge kurser i försäkringsmedicin.
                          - id: handledning
                            text: Inför handledning.
                        ---
                        """)
                .with("areas/03-samverkan.md", """
                        ---
                        id: samverkan
                        title: Samverkan
                        activities:
                          - id: natverk
                            text: Bygg ett nätverk av arbetsgivare.
                          - id: avtal
                            text: Teckna avtal om samverkan.
                        ---
                        """)
                .with("followups/2019-11-18/followup.yaml", """
                        date: 2019-11-18
                        title: Lägesavstämning per 2019-11-18
                        goals:
                          battre-rehabilitering:
                            status: delvis-uppfyllt
                            comment: Rutiner finns.
                          lagre-sjuktal:
                            status: uppfyllt
                            comment: Skillnaden har minskat med {{mal:lagre-sjuktal:forandring}} dagar, senast {{indikator:sjuktal:lanet:senaste}}.
                          kompetens:
                            status: uppfyllt
                            comment: Kurser ges.
                          samverkan:
                            status: ej-uppfyllt
                            comment: Inte påbörjad.
                        activities:
                          rutiner:
                            status: genomford
                            note: Rutinerna är klara.
                          utbildning:
                            status: pagar
                            note: Utbildning pågår.
                          kurser:
                            status: pagar
                            note: Två kurser.
                          handledning:
                            status: pagar
                            note: Handledare utses.
                          natverk:
                            status: pagar
                            note: Tio arbetsgivare är med.
                          avtal:
                            status: pagar
                            note: Utkast finns.
                        """);
    }

    /** The revision of 2020, written into the plan's own files only. */
    static TestSite revised(TestSite site) {
        return site
                .appending("plan.yaml", """
                        versions:
                          - id: "2020"
                            adopted:
                              date: 2020-02-25
                              body: Regionfullmäktige
                              reference: RS/2019/1234
                            changes: Målen om kompetens och samverkan ersattes, målet om rehabilitering fick ny lydelse.
                        """)
                .with("goals.yaml", """
                        goals:
                          - id: battre-rehabilitering
                            horizon: 4
                            text: Samordnad och tidig rehabilitering i hela länet.
                            area: rehabilitering
                            earlier:
                              - until: "2020"
                                text: Bättre rehabilitering i länet.
                          - id: lagre-sjuktal
                            horizon: 4
                            text: Lägre sjuktal än 2014.
                            target:
                              indicator: sjuktal
                              series: lanet
                              compareTo: riket
                              baseline: 2014-12-31
                              decreaseBy: 1.0
                          - id: kompetens
                            horizon: 4
                            text: God kompetens inom försäkringsmedicin.
                            ended:
                              version: "2020"
                              reason: Ingår nu i målet om kompetens för alla yrkesgrupper.
                              replacedBy: [kompetens-alla]
                          - id: kompetens-alla
                            since: "2020"
                            horizon: 4
                            text: God försäkringsmedicinsk kompetens i alla yrkesgrupper.
                          - id: samverkan
                            horizon: 8
                            text: Samverkan med länets arbetsgivare.
                            ended:
                              version: "2020"
                              reason: Ersätts av ett mätbart mål.
                              replacedBy: [arbetsgivare-avtal]
                          - id: arbetsgivare-avtal
                            since: "2020"
                            horizon: 8
                            text: Avtal om samverkan med de tio största arbetsgivarna.
                        """)
                .with("areas/02-kompetens.md", """
                        ---
                        id: kompetens
                        title: Kompetens
                        activities:
                          - id: kurser
                            text: Ge kurser i försäkringsmedicin.
                          - id: handledning
                            text: Inför handledning.
                            ended:
                              version: "2020"
                              reason: Genomförd.
                          - id: webbutbildning
                            since: "2020"
                            text: Ta fram en webbutbildning.
                          - id: mentorer
                            since: "2020"
                            text: Utse mentorer.
                        ---
                        """)
                .with("areas/03-samverkan.md", """
                        ---
                        id: samverkan
                        title: Samverkan
                        ended:
                          version: "2020"
                          reason: Samverkan ingår nu i rehabiliteringen.
                          mergedInto: rehabilitering
                        activities:
                          - id: natverk
                            text: Bygg ett nätverk av arbetsgivare.
                          - id: avtal
                            text: Teckna avtal om samverkan.
                            ended:
                              version: "2020"
                              reason: Ersatt av målet om avtal.
                          - id: samverkansrad
                            since: "2020"
                            text: Inrätta ett samverkansråd.
                        ---
                        """)
                .with("areas/01-rehabilitering.md", """
                        ---
                        id: rehabilitering
                        title: Samordnad rehabilitering
                        activities:
                          - id: rutiner
                            text: Ta fram rutiner.
                            ended:
                              version: "2020"
                              reason: Rutinerna är klara.
                          - id: utbildning
                            text: |
                              Utbilda personal i:

                              - försäkringsmedicin
                              - rehabkoordinering
                          - id: uppfoljning-hc
                            since: "2020"
                            text: Följ upp rehabiliteringen på varje hälsocentral.
                        ---
                        Inledning till området.
                        """);
    }

    private static final String FOLLOW_UP_2019 = "uppfoljning-2019-11-18.html";
    private static final String PDF_2019 = "pdf/lup-uppfoljning-2019-11-18.pdf";

    @Test
    void theRevisionBuildsWithoutTouchingTheEarlierFollowUp() {
        assertThat(revised(beforeRevision(dir)).problems()).isEmpty();
    }

    @Test
    void theEarlierFollowUpsPageAndPdfStayByteForByteAsTheyWere() {
        TestSite site = beforeRevision(dir);
        Map<String, ByteBuffer> before = TestSite.snapshot(site.build(true));

        Map<String, ByteBuffer> after = TestSite.snapshot(revised(site).build(true));

        assertThat(text(after.get(FOLLOW_UP_2019))).isEqualTo(text(before.get(FOLLOW_UP_2019)));
        assertThat(after.get(PDF_2019)).isEqualTo(before.get(PDF_2019));
        assertThat(after.get("forandringar-2019-11-18.html")).isEqualTo(before.get("forandringar-2019-11-18.html"));
    }

    private static String text(ByteBuffer bytes) {
        return java.nio.charset.StandardCharsets.UTF_8.decode(bytes.duplicate()).toString();
    }

    @Test
    void valuesDatedAfterAFollowUpChangeNothingOfIt() {
        TestSite site = beforeRevision(dir);
        Map<String, ByteBuffer> before = TestSite.snapshot(site.build(true));

        Map<String, ByteBuffer> after = TestSite.snapshot(site.appending("indicators/sjuktal.yaml", """
                  - date: 2020-03-31
                    lanet: 7.2
                    riket: 9.6
                """).build(true));

        assertThat(after.get(FOLLOW_UP_2019)).isEqualTo(before.get(FOLLOW_UP_2019));
        assertThat(after.get(PDF_2019)).isEqualTo(before.get(PDF_2019));
        // The indicator's own page shows every value there is.
        assertThat(TestSite.html(dir.resolve("site"), "indikator-sjuktal.html").text()).contains("2020-03-31");
    }

    @Test
    void theEarlierFollowUpShowsThePlanAsItWasAndThePlanPagesShowItNow() {
        Path out = revised(beforeRevision(dir)).build();

        Document then = TestSite.html(out, FOLLOW_UP_2019);
        assertThat(then.text()).contains("Bättre rehabilitering i länet.", "God kompetens inom försäkringsmedicin.",
                "Samverkan", "Teckna avtal om samverkan.", "Ta fram rutiner.", "Skillnaden har minskat med 4,7 dagar, senast 7,8.")
                .doesNotContain("Samordnad och tidig rehabilitering", "kompetens i alla yrkesgrupper",
                        "Ta fram en webbutbildning.", "Inrätta ett samverkansråd.");
        assertThat(then.select("h3").eachText()).containsExactly("Samordnad rehabilitering", "Kompetens", "Samverkan");

        Document goals = TestSite.html(out, "mal.html");
        assertThat(goals.text()).contains("Samordnad och tidig rehabilitering i hela länet.",
                        "God försäkringsmedicinsk kompetens i alla yrkesgrupper.",
                        "Avtal om samverkan med de tio största arbetsgivarna.")
                .doesNotContain("Bättre rehabilitering i länet.", "God kompetens inom försäkringsmedicin.");

        Document areas = TestSite.html(out, "omraden.html");
        assertThat(areas.select("h2").eachText()).doesNotContain("Samverkan");
        Document rehabilitation = TestSite.html(out, "omrade-rehabilitering.html");
        // The merged area's activity that goes on is shown under the area it was merged into; the ended ones are not.
        assertThat(rehabilitation.text()).contains("Bygg ett nätverk av arbetsgivare.", "Inrätta ett samverkansråd.",
                "Följ upp rehabiliteringen på varje hälsocentral.").doesNotContain("Ta fram rutiner.",
                "Teckna avtal om samverkan.");
    }

    @Test
    void aFollowUpOnTheRevisedPlanIsJudgedAgainstThatVersion() {
        TestSite site = revised(beforeRevision(dir)).with("followups/2020-06/followup.yaml", """
                date: 2020-06
                goals:
                  battre-rehabilitering:
                    status: delvis-uppfyllt
                  lagre-sjuktal:
                    status: uppfyllt
                  kompetens:
                    status: uppfyllt
                  kompetens-alla:
                    status: delvis-uppfyllt
                activities:
                  utbildning:
                    status: pagar
                  rutiner:
                    status: genomford
                  kurser:
                    status: pagar
                  webbutbildning:
                    status: pagar
                  mentorer:
                    status: pagar
                  natverk:
                    status: pagar
                  samverkansrad:
                    status: pagar
                  uppfoljning-hc:
                    status: pagar
                """);
        assertThat(site.problems()).containsExactly(
                "content/followups/2020-06/followup.yaml:2:1: varning: Målet \"arbetsgivare-avtal\" saknas i uppföljningen. "
                        + "Lägg till det under goals: med status och kommentar.",
                "content/followups/2020-06/followup.yaml:7:3: Målet \"kompetens\" ingår inte i planversion 2020, som "
                        + "uppföljningen redovisar: det avslutades i version 2020 (ersatt av \"kompetens-alla\"). Ta bort "
                        + "det ur uppföljningen, eller ange i planVersion den version uppföljningen redovisar.",
                "content/followups/2020-06/followup.yaml:14:3: Aktiviteten \"rutiner\" ingår inte i planversion 2020, "
                        + "som uppföljningen redovisar: den avslutades i version 2020. Ta bort den ur uppföljningen, eller "
                        + "ange i planVersion den version uppföljningen redovisar.");
    }

    @Test
    void aFollowUpBeforeTheRevisionCannotAssessWhatItIntroduced() {
        TestSite site = revised(beforeRevision(dir)).appending("followups/2019-11-18/followup.yaml", """
                  mentorer:
                    status: pagar
                """);
        assertThat(site.problems()).containsExactly("content/followups/2019-11-18/followup.yaml:35:3: Aktiviteten "
                + "\"mentorer\" ingår inte i planversion 2015, som uppföljningen redovisar: den infördes i version 2020. "
                + "Ta bort den ur uppföljningen, eller ange i planVersion den version uppföljningen redovisar.");
    }

    @Test
    void aFollowUpCannotReportOnAVersionAdoptedAfterIt() {
        TestSite site = revised(beforeRevision(dir)).with("followups/2019-11-18/followup.yaml",
                "planVersion: \"2020\"\n" + new String(beforeRevision(dir).files()
                        .get("followups/2019-11-18/followup.yaml"), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(site.problems()).contains("content/followups/2019-11-18/followup.yaml:1:15: Uppföljningen 2019-11-18 "
                + "är daterad före planversion 2020, som antogs 2020-02-25. En uppföljning redovisar en version som gällde "
                + "vid dess datum; ange en tidigare version i planVersion, eller rätta datumet.");
    }

    /** A complete follow-up on the revised plan. */
    static TestSite withFollowUpOnTheRevision(TestSite site) {
        return site.with("followups/2020-06/followup.yaml", """
                date: 2020-06
                goals:
                  battre-rehabilitering:
                    status: delvis-uppfyllt
                  lagre-sjuktal:
                    status: uppfyllt
                  kompetens-alla:
                    status: delvis-uppfyllt
                  arbetsgivare-avtal:
                    status: ej-uppfyllt
                activities:
                  utbildning:
                    status: pagar
                  uppfoljning-hc:
                    status: pagar
                  kurser:
                    status: genomford
                  webbutbildning:
                    status: pagar
                  mentorer:
                    status: pagar
                  natverk:
                    status: pagar
                  samverkansrad:
                    status: pagar
                """);
    }

    @Test
    void theChangesPageSaysWhatTheRevisionChangedItemByItem() {
        Path out = withFollowUpOnTheRevision(revised(beforeRevision(dir))).build();

        Document changes = TestSite.html(out, "forandringar-2020-06.html");
        assertThat(changes.select("#revidering").text()).isEqualTo("Planen reviderades: version 2020");
        List<String> rows = changes.select("table.revision tbody tr").eachText();
        assertThat(rows).containsExactly(
                "Mål Ny lydelse Bättre rehabilitering i länet. Samordnad och tidig rehabilitering i hela länet.",
                "Mål Nytt God försäkringsmedicinsk kompetens i alla yrkesgrupper.",
                "Mål Nytt Avtal om samverkan med de tio största arbetsgivarna.",
                "Mål Utgår Skäl: Ingår nu i målet om kompetens för alla yrkesgrupper. Ersatt av: God försäkringsmedicinsk "
                        + "kompetens i alla yrkesgrupper. God kompetens inom försäkringsmedicin.",
                "Mål Utgår Skäl: Ersätts av ett mätbart mål. Ersatt av: Avtal om samverkan med de tio största "
                        + "arbetsgivarna. Samverkan med länets arbetsgivare.",
                "Målområde Utgår Skäl: Samverkan ingår nu i rehabiliteringen. Sammanslaget med: Samordnad rehabilitering "
                        + "Samverkan",
                "Aktivitet Nytt Följ upp rehabiliteringen på varje hälsocentral.",
                "Aktivitet Nytt Inrätta ett samverkansråd.",
                "Aktivitet Nytt Ta fram en webbutbildning.",
                "Aktivitet Nytt Utse mentorer.",
                "Aktivitet Utgår Skäl: Rutinerna är klara. Ta fram rutiner.",
                "Aktivitet Utgår Skäl: Genomförd. Inför handledning.",
                "Aktivitet Utgår Skäl: Ersatt av målet om avtal. Teckna avtal om samverkan.",
                "Aktivitet Flyttad Ingår nu i: Samordnad rehabilitering Bygg ett nätverk av arbetsgivare. Bygg ett "
                        + "nätverk av arbetsgivare.");
        assertThat(changes.select("table.revision a").eachAttr("href")).containsExactly("mal.html#mal-kompetens-alla",
                "mal.html#mal-arbetsgivare-avtal", "omrade-rehabilitering.html", "omrade-rehabilitering.html");
    }

    @Test
    void theHistoryFollowsEachGoalAndActivityThroughEveryVersion() {
        Path out = withFollowUpOnTheRevision(revised(beforeRevision(dir))).build();

        Document history = TestSite.html(out, "historik.html");
        assertThat(history.select("tr:has(a[href=#historik-mal-kompetens]) td").eachText())
                .containsExactly("● Uppfyllt", "Ingick inte i planen");
        assertThat(history.select("tr:has(a[href=#historik-mal-kompetens-alla]) td").eachText())
                .containsExactly("Ingick inte i planen", "◐ Delvis uppfyllt");
        assertThat(history.select("#historik-mal-kompetens .lineage").eachText()).containsExactly(
                "Utgick i version 2020. Skäl: Ingår nu i målet om kompetens för alla yrkesgrupper. Ersatt av: God "
                        + "försäkringsmedicinsk kompetens i alla yrkesgrupper.");
        assertThat(history.select("#historik-mal-battre-rehabilitering .lineage").eachText()).containsExactly(
                "Lydelse före version 2020: Bättre rehabilitering i länet.");
        assertThat(history.select("#historik-mal-kompetens-alla .lineage").eachText()).containsExactly(
                "Infördes i version 2020.");
        assertThat(history.select("#historik-aktivitet-natverk dt").eachText()).containsExactly(
                "Lägesavstämning per 2019-11-18: ◔ Pågår", "Uppföljning per 2020-06: ◔ Pågår");
    }

    @Test
    void everyVersionIsOneLinkAwayFromThePlanPages() {
        Path out = withFollowUpOnTheRevision(revised(beforeRevision(dir))).build();

        assertThat(TestSite.html(out, "mal.html").select("a[href=versioner.html]").text())
                .isEqualTo("Planen har reviderats; se alla versioner av planen");
        assertThat(TestSite.html(out, "versioner.html").select("ul.versions li").eachText()).containsExactly(
                "Planen i version 2020 (gäller nu): Reviderad av Regionfullmäktige 2020-02-25 (dnr RS/2019/1234).",
                "Planen i version 2015: Fastställd av Regionfullmäktige 2015.");
        Document first = TestSite.html(out, "version-2015.html");
        assertThat(first.select("li").eachText()).contains("Bättre rehabilitering i länet.",
                "God kompetens inom försäkringsmedicin.", "Teckna avtal om samverkan.");
        Document second = TestSite.html(out, "version-2020.html");
        assertThat(second.text()).contains("Målen om kompetens och samverkan ersattes");
        assertThat(second.select("section[aria-labelledby=versionens-mal] li").eachText())
                .contains("Samordnad och tidig rehabilitering i hela länet.")
                .doesNotContain("God kompetens inom försäkringsmedicin.");
        assertThat(second.select("section[aria-labelledby=versionens-omraden] li").eachText())
                .contains("Bygg ett nätverk av arbetsgivare.").doesNotContain("Teckna avtal om samverkan.");
    }

    @Test
    void aPlanThatWasNeverRevisedShowsNoVersions() {
        Path out = beforeRevision(dir).build();

        assertThat(out.resolve("versioner.html")).doesNotExist();
        assertThat(TestSite.html(out, "mal.html").select("a[href=versioner.html]")).isEmpty();
        assertThat(TestSite.html(out, "historik.html").select(".lineage")).isEmpty();
    }

    @Test
    void newFollowUpCarriesOverWhatIsStillInForceAndAddsWhatIsNewWithoutAStatus() throws Exception {
        TestSite site = revised(beforeRevision(dir));
        Path content = site.write();

        var created = lupsite.edit.NewFollowUp.create(content, new lupsite.model.PartialDate(2020, 6, 0),
                new lupsite.problem.Problems()).orElseThrow();

        assertThat(created.revised()).isEqualTo(new lupsite.edit.NewFollowUp.Revised(
                List.of("kompetens", "samverkan", "rutiner", "handledning", "avtal"),
                List.of("kompetens-alla", "arbetsgivare-avtal", "uppfoljning-hc", "samverkansrad", "webbutbildning",
                        "mentorer")));
        String yaml = java.nio.file.Files.readString(content.resolve("followups/2020-06/followup.yaml"));
        assertThat(yaml).startsWith("# Kopierad från uppföljningen 2019-11-18 med new-followup.")
                .contains("date: 2020-06\ntitle: Lägesavstämning per 2020-06\n", """
                          kompetens-alla:
                            # Ny i planens version: skriv status och kommentar.
                            comment: ""
                        """)
                .doesNotContain("  kompetens:", "  rutiner:", "reconstructed");
        lupsite.problem.Problems problems = new lupsite.problem.Problems();
        lupsite.pipeline.Pipeline.check(content, problems);
        assertThat(problems.hasErrors()).as(problems.all().toString()).isFalse();
        assertThat(problems.all().stream().map(p -> p.format("content/")))
                .contains("content/followups/2020-06/followup.yaml:13:3: varning: Målet \"kompetens-alla\" har varken "
                        + "status eller kommentar. Skriv status och kommentar, eller bara en kommentar om varför det "
                        + "inte bedöms.");
    }
}
