package lupsite.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.edit.ArchiveFollowUp;
import lupsite.edit.NewFollowUp;
import lupsite.model.PartialDate;
import lupsite.problem.Problems;
import lupsite.testsupport.TestSite;

/** A content folder with several plans under plans/: one site, a portal, each plan's pages named by its id. */
class SeveralPlansTest {

    @TempDir
    Path dir;

    private TestSite twoPlans() {
        return twoPlans("site");
    }

    /** Two plans in {@code dir/name}; the first one's title is "Testplan". */
    private TestSite twoPlans(String name) {
        return TestSite.minimal(dir.resolve(name)).asPlans("rehab", "halsa")
                .with("plans/halsa/plan.yaml", new String(TestSite.minimal(dir.resolve("x")).files().get("plan.yaml"))
                        .replace("title: Testplan", "title: Plan för psykisk hälsa"));
    }

    @Test
    void twoPlansBuildAsOneSiteWithAPortalAndPagesNamedByPlan() throws IOException {
        Path site = twoPlans().build();

        Document portal = TestSite.html(site, "index.html");
        assertThat(portal.select("h1").text()).isEqualTo("Planer i Region Test");
        assertThat(portal.select("main h3 a").eachAttr("href")).containsExactly("halsa.html", "rehab.html");
        assertThat(portal.select("main h3 a").eachText()).containsExactly("Plan för psykisk hälsa", "Testplan");
        assertThat(portal.select("main .portal-plan").first().select("ul.counts li").eachText())
                .containsExactly("● Uppfyllt: 1", "◐ Delvis uppfyllt: 1", "○ Ej uppfyllt: 0");
        for (String plan : new String[] {"rehab", "halsa"}) {
            for (String page : new String[] {".html", ".mal.html", ".omraden.html", ".uppfoljningar.html", ".historik.html",
                    ".omrade-rehabilitering.html", ".uppfoljning-2019-11-18.html", ".forandringar-2019-11-18.html"}) {
                assertThat(site.resolve(plan + page)).as(plan + page).isRegularFile();
            }
            assertThat(site.resolve("data/" + plan + ".json")).content().contains("\"plan\" : {\n    \"id\" : \"" + plan + "\",");
        }
        assertThat(site.resolve("mal.html")).doesNotExist();
        assertThat(site.resolve("data/lup.json")).doesNotExist();
        Document goals = TestSite.html(site, "rehab.mal.html");
        assertThat(goals.select("header .site-name a").attr("href")).isEqualTo("rehab.html");
        assertThat(goals.select("header nav a").eachAttr("href")).startsWith("index.html", "rehab.html", "rehab.mal.html",
                "rehab.omraden.html", "rehab.uppfoljningar.html", "rehab.historik.html", "indikatorer.html", "sok.html");
        assertThat(goals.select("header nav a").first().text()).isEqualTo("Alla planer");
        Document page = TestSite.html(site, "sida-budget.html");
        assertThat(page.select("header .site-name a").text()).isEqualTo("Planer i Region Test");
        assertThat(page.select("header nav a").eachAttr("href")).startsWith("index.html", "indikatorer.html", "sok.html");
        String index = Files.readString(site.resolve("assets/sokindex.js"));
        assertThat(index).contains("\"Mål – Testplan\"", "\"Mål – Plan för psykisk hälsa\"", "rehab.mal.html#mal-",
                "halsa.omrade-rehabilitering.html");
    }

    /** A page's own PDF is the site's: made once, named by the page alone, by the site's publishers. */
    @Test
    void aPagesPdfIsTheSitesBesideEachPlansCouncilPdfs() throws IOException {
        Path site = twoPlans().with("pages/rapport.md", "---\ntitle: Rapport\npdf: true\n---\nSe [målen](../plans/halsa/goals.yaml).\n")
                .build(true);

        try (var files = Files.list(site.resolve("pdf"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
                    "halsa-uppfoljning-2019-11-18.pdf", "rehab-uppfoljning-2019-11-18.pdf", "sida-rapport.pdf");
        }
        try (PDDocument pdf = Loader.loadPDF(site.resolve("pdf/sida-rapport.pdf").toFile())) {
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Region Test");
        }
        assertThat(TestSite.html(site, "sida-rapport.html").select("a[href=pdf/sida-rapport.pdf]").eachText())
                .containsExactly("Ladda ner Rapport som PDF");
    }

    @Test
    void aLinkToAnotherPlansFileLeadsToItsPage() {
        Path site = twoPlans().with("plans/rehab/areas/01-rehabilitering.md", new String(TestSite.minimal(dir.resolve("y"))
                .files().get("areas/01-rehabilitering.md")).replace("Inledning till området.",
                "Se [målen för psykisk hälsa](../../halsa/goals.yaml) och [budgeten](../../../pages/budget.md).")).build();

        Document area = TestSite.html(site, "rehab.omrade-rehabilitering.html");
        assertThat(area.select("main a:contains(målen för psykisk hälsa)").attr("href")).isEqualTo("halsa.mal.html");
        assertThat(area.select("main a:contains(budgeten)").attr("href")).isEqualTo("sida-budget.html");
    }

    @Test
    void aPlanBesidePlansIsRefusedAsAreAFolderNameThatIsNoIdAndTwoPlansWithOneFilePrefix() {
        TestSite site = twoPlans().with("plan.yaml", "title: Kvar\n").with("plans/Ny Plan/plan.yaml", "title: x\n")
                .appending("plans/halsa/plan.yaml", "words:\n  filePrefix: rehab\n");

        assertThat(site.problems()).contains(
                "content/plan.yaml:1:1: Innehållet har både plan.yaml och mappen plans/. En webbplats har antingen en "
                        + "plan (plan.yaml, goals.yaml, areas/ och followups/ överst) eller flera (en mapp per plan i "
                        + "plans/). Flytta plan.yaml till planens mapp i plans/, eller ta bort mappen plans/.",
                "content/plans/Ny Plan:1:1: Mappnamnet \"Ny Plan\" är planens id och får bara ha små bokstäver a–z, "
                        + "siffror och bindestreck, som sjukfranvaro eller psykisk-halsa.");
        assertThat(twoPlans("prefix").appending("plans/halsa/plan.yaml", "words:\n  filePrefix: rehab\n").problems())
                .containsExactly("content/plans/rehab/plan.yaml:1:1: Planerna halsa och rehab har samma början på "
                        + "filnamnen, \"rehab\" (words.filePrefix), så deras PDF:er och datafiler skulle få samma namn. Ge "
                        + "den ena planen en egen filePrefix, eller ta bort filePrefix så att planens id används.");
    }

    @Test
    void aPlanIdCannotBeTheNameOfASharedPage() {
        assertThat(twoPlans().with("plans/sok/plan.yaml", "title: x\n").with("plans/sida-budget/plan.yaml", "title: x\n")
                .problems()).containsExactly(
                "content/plans/sida-budget:1:1: Planens startsida skulle heta sida-budget.html, som redan är namnet på en "
                        + "av webbplatsens gemensamma sidor. Döp om mappen, till exempel till plan-sida-budget.",
                "content/plans/sok:1:1: Planens startsida skulle heta sok.html, som redan är namnet på en av "
                        + "webbplatsens gemensamma sidor. Döp om mappen, till exempel till plan-sok.");
    }

    /** Every page the plans share, whatever its name, is one a plan's start page could overwrite: each is refused. */
    @Test
    void everySharedPageOfABuiltSiteIsANameNoPlanMayHave() throws IOException {
        List<String> shared;
        try (Stream<Path> files = Files.list(twoPlans("built").build())) {
            shared = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - ".html".length())).filter(stem -> !stem.contains("."))
                    .filter(stem -> !List.of("halsa", "rehab").contains(stem)).sorted().toList(); // the plans' own
        }
        assertThat(shared).contains("index", "indikatorer", "sok", "sidor", "tillganglighet", "sida-budget",
                "indikator-sjuktal");
        TestSite site = twoPlans("refused");
        shared.forEach(stem -> site.with("plans/" + stem + "/plan.yaml", "title: x\n"));
        assertThat(site.problems()).containsExactlyElementsOf(shared.stream().map(stem -> "content/plans/" + stem
                + ":1:1: Planens startsida skulle heta " + stem + ".html, som redan är namnet på en av webbplatsens "
                + "gemensamma sidor. Döp om mappen, till exempel till plan-" + stem + ".").toList());
    }

    @Test
    void aStatusTwoPlansShareHasOneColour() {
        TestSite site = twoPlans();
        String plan = new String(site.files().get("plans/halsa/plan.yaml"));
        assertThat(site.with("plans/halsa/plan.yaml", plan.replace("    symbol: \"●\"\n",
                "    symbol: \"●\"\n    color: \"#1a7f37\"\n")).with("plans/rehab/plan.yaml", plan.replace(
                "    symbol: \"●\"\n", "    symbol: \"●\"\n    color: \"#0b5394\"\n")).problems()).containsExactly(
                "content/plans/rehab/plan.yaml:1:1: Statusen \"uppfyllt\" har färgen #0b5394 här men färgen #1a7f37 i "
                        + "plans/halsa/plan.yaml. Samma status visas med samma färg på hela webbplatsen: ge den samma "
                        + "färg (color) i båda planerna, eller ett eget id i den ena.");
        assertThat(twoPlans("one-colour").with("plans/halsa/plan.yaml", plan.replace("    symbol: \"●\"\n",
                "    symbol: \"●\"\n    color: \"#1a7f37\"\n")).problems()).containsExactly(
                "content/plans/rehab/plan.yaml:1:1: Statusen \"uppfyllt\" har ingen färg här men färgen #1a7f37 i "
                        + "plans/halsa/plan.yaml. Samma status visas med samma färg på hela webbplatsen: ge den samma "
                        + "färg (color) i båda planerna, eller ett eget id i den ena.");
    }

    @Test
    void plansWithoutAPlanSayWhatIsMissingAndOnePlansOwnFolderCalledPlansIsAFolderLikeAnyOther() {
        assertThat(TestSite.minimal(dir.resolve("empty")).asPlans().with("plans/.keep", "").problems()).containsExactly(
                "content/plans:1:1: Mappen plans/ har inga planer. Lägg varje plan i en egen mapp, som "
                        + "plans/sjukfranvaro/plan.yaml, eller ta bort mappen för en webbplats med en plan.");
        TestSite one = TestSite.minimal(dir.resolve("one"));
        one.with("plans/2020/handlingsplan.pdf", "%PDF-1.7\n").with("areas/01-rehabilitering.md",
                new String(one.files().get("areas/01-rehabilitering.md")).replace("Inledning till området.",
                        "Se [handlingsplanen](../plans/2020/handlingsplan.pdf)."));
        assertThat(one.problems()).isEmpty();
        assertThat(one.build().resolve("filer/plans/2020/handlingsplan.pdf")).isRegularFile();
    }

    @Test
    void whatTheSiteSharesIsRefusedInAPlansFolderAsAreTheSitesLanguageAndAnAddressThatIsNone() {
        TestSite site = twoPlans().with("plans/halsa/pages/extra.md", "---\ntitle: Extra\n---\nText.\n")
                .appending("plans/rehab/plan.yaml", "language: en\n")
                .appending("site.yaml", "baseUrl: \"https://exa|mple.se/\"\n");

        assertThat(site.problems()).containsExactly(
                "content/plans/halsa/pages:1:1: pages hör till hela webbplatsen och läses bara överst i innehållet, inte "
                        + "i en plans mapp. Flytta det till content/pages.",
                "content/plans/rehab/plan.yaml:33:1: En webbplats med flera planer har ett språk, i site.yaml. Ta bort "
                        + "language här (och skriv det i site.yaml om det inte är sv).",
                "content/site.yaml:4:11: baseUrl \"https://exa|mple.se/\" är ingen webbadress. Skriv webbplatsens "
                        + "fullständiga adress, som den står i webbläsaren, t.ex. https://intranat.region.se/lup/.");
    }

    @Test
    void aSiteYamlWithoutPublishersSaysSoWithoutBlamingThePlans() {
        assertThat(twoPlans().with("site.yaml", "title: Planer\n").problems()).containsExactly(
                "content/site.yaml:1:1: site.yaml: nyckeln \"publishers\" saknas. En webbplats med flera planer har sin "
                        + "titel (title) och sina utgivare (publishers, en eller flera organisationer) här, t.ex. title: "
                        + "Planer för hälsa i Region Exempel.");
    }

    @Test
    void aSiteOfSeveralPlansNeedsSiteYamlWithItsTitleAndPublishers() {
        assertThat(twoPlans().without("site.yaml").problems()).containsExactly(
                "content/site.yaml:1:1: Filen saknas. En webbplats med flera planer (mappen plans/) behöver site.yaml "
                        + "med webbplatsens title och publishers; se redaktörsguiden, \"Flera planer på en webbplats\".");
        assertThat(twoPlans("base").with("site.yaml", "baseUrl: https://intra.example.se/planer/\n").problems()).containsExactly(
                "content/site.yaml:1:1: site.yaml: nyckeln \"title\" saknas. En webbplats med flera planer har sin "
                        + "titel (title) och sina utgivare (publishers, en eller flera organisationer) här, t.ex. title: "
                        + "Planer för hälsa i Region Exempel.",
                "content/site.yaml:1:1: site.yaml: nyckeln \"publishers\" saknas. En webbplats med flera planer har sin "
                        + "titel (title) och sina utgivare (publishers, en eller flera organisationer) här, t.ex. title: "
                        + "Planer för hälsa i Region Exempel.");
        assertThat(TestSite.minimal(dir.resolve("one")).with("site.yaml", "title: Annat namn\n").problems()).containsExactly(
                "content/site.yaml:1:1: site.yaml: title gäller bara en webbplats med flera planer (mappen plans/). En "
                        + "webbplats med en plan har sin titel, utgivare och sitt språk i plan.yaml; ta bort title här.");
    }

    @Test
    void theSamePlanInItsOwnFolderSaysTheSameAsAtTheTop() {
        Path one = TestSite.minimal(dir.resolve("one")).build();
        Path several = twoPlans().build();

        assertThat(TestSite.html(several, "rehab.mal.html").select("main").outerHtml().replace("rehab.", ""))
                .isEqualTo(TestSite.html(one, "mal.html").select("main").outerHtml());
    }

    @Test
    void newFollowUpAsksWhichPlanInASiteOfSeveral() throws Exception {
        Path content = twoPlans().write();

        assertThatThrownBy(() -> NewFollowUp.create(content, PartialDate.of(LocalDate.of(2020, 11, 30)), new Problems()))
                .hasMessage("Webbplatsen har flera planer (halsa, rehab). Ange vilken med --plan, t.ex. --plan halsa.");
        var created = NewFollowUp.create(content, "halsa", PartialDate.of(LocalDate.of(2020, 11, 30)), new Problems())
                .orElseThrow();
        assertThat(created.folder()).isEqualTo("plans/halsa/followups/2020-11-30");
        assertThat(content.resolve("plans/halsa/followups/2020-11-30/followup.yaml")).isRegularFile();
        assertThat(content.resolve("plans/rehab/followups/2020-11-30")).doesNotExist();
    }

    @Test
    void archiveKeepsTheDecidedFollowUpOfTheNamedPlanAndBuildsUseIt() throws Exception {
        String followUp = "plans/halsa/followups/2019-11-18/followup.yaml";
        TestSite site = twoPlans();
        site.with(followUp, new String(site.files().get(followUp)).replace("title: Lägesavstämning per 2019-11-18\n", """
                title: Lägesavstämning per 2019-11-18
                decided:
                  date: 2019-12-10
                  body: Regionstyrelsen
                """));
        assertThat(site.problems()).containsExactly("content/" + followUp + ":3:1: varning: Uppföljningen 2019-11-18 "
                + "är beslutad men inte arkiverad. Kör lup-site archive --plan halsa 2019-11-18, så att dess sida och "
                + "PDF bevaras som de beslutades.");
        Path content = site.write();

        var archived = ArchiveFollowUp.archive(content, TestSite.TEMPLATES, "halsa", "2019-11-18", new Problems())
                .orElseThrow();
        assertThat(archived.folder()).isEqualTo("plans/halsa/followups/2019-11-18/decided");
        assertThat(content.resolve("plans/halsa/followups/2019-11-18/decided/halsa-uppfoljning-2019-11-18.pdf"))
                .isRegularFile();
        assertThat(site.problems()).isEmpty();
        Path built = TestSite.buildFrom(content, dir.resolve("built"), true);
        assertThat(built.resolve("pdf/halsa-uppfoljning-2019-11-18.pdf")).hasSameBinaryContentAs(
                content.resolve("plans/halsa/followups/2019-11-18/decided/halsa-uppfoljning-2019-11-18.pdf"));
        assertThat(built.resolve("pdf/rehab-uppfoljning-2019-11-18.pdf")).isRegularFile();
    }
}
