package lupsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.render.Generator;
import lupsite.testsupport.TestSite;

class MainTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void importKoladaSaysWhatIsWrongWithItsArgumentsAndWhenKoladaCannotBeReached() {
        Path content = TestSite.minimal(dir).write();
        String[] common = {"import-kolada", "--content", content.toString(), "--indicator", "ohalsa",
                "--municipality", "0023,0000"};

        assertThat(run(concat(common, "--kpi", "n945", "--years", "2015-2019"))).isEqualTo(ExitCode.USAGE.code);
        assertThat(run(concat(common, "--kpi", "N00945", "--years", "2019-2015"))).isEqualTo(ExitCode.USAGE.code);
        assertThat(run(concat(common, "--kpi", "N00945", "--years", "2015-2019", "--base-url", "http://127.0.0.1:1/v3")))
                .isEqualTo(ExitCode.FAILURE.code);
        assertThat(err.toString()).isEqualTo("""
                Fel: --kpi ska vara ett nyckeltals-id i Kolada, t.ex. N00945; här står "n945".
                Fel: --years ska vara år som 2015-2023 eller 2019,2021; här står "2019-2015".
                Inget importerades: Kunde inte nå Kolada (127.0.0.1). Datorn har ingen nätverksanslutning, eller så \
                svarar inte Kolada. Kontrollera anslutningen och försök igen.
                """);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    @Test
    void buildWritesTheSiteAndExitsZero() {
        Path content = TestSite.minimal(dir).write();
        Path site = dir.resolve("ut");

        assertThat(run("build", "--content", content.toString(), "--templates", "templates", "--out", site.toString()))
                .isZero();
        assertThat(site.resolve("index.html")).exists();
        assertThat(out.toString()).startsWith("Byggde ");
    }

    @Test
    void aSecondBuildTakesTheUnchangedPdfFromTheCacheUnlessToldNotTo() {
        Path content = TestSite.minimal(dir).write();
        Path cache = dir.resolve("cache");
        String[] build = {"build", "--content", content.toString(), "--out", dir.resolve("ut").toString(),
                "--cache", cache.toString()};

        assertThat(run(build)).isZero();
        assertThat(run(build)).isZero();
        assertThat(run("build", "--content", content.toString(), "--out", dir.resolve("ut").toString(), "--no-cache",
                "--cache", dir.resolve("annan").toString())).isZero();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("Byggde \\d+ filer i .* på \\d+ ms\\.");
        assertThat(lines.get(1)).matches("Byggde \\d+ filer i .* på \\d+ ms; 1 oförändrad PDF togs från "
                + Pattern.quote(cache.toString()) + "\\.");
        assertThat(lines.get(2)).matches("Byggde \\d+ filer i .* på \\d+ ms\\.");
        assertThat(dir.resolve("annan")).doesNotExist();
    }

    @Test
    void aMissingContentOrTemplatesFolderIsAUsageError() {
        Path nowhere = dir.resolve("finns-inte");

        assertThat(run("check", "--content", nowhere.toString())).isEqualTo(2);
        assertThat(run("build", "--templates", nowhere.toString())).isEqualTo(2);

        assertThat(err.toString().lines().filter(line -> line.startsWith("Fel: ")))
                .containsExactly("Fel: Innehållsmappen " + nowhere + " finns inte. Kör kommandot i mappen där den "
                                + "ligger, eller ange den med --content MAPP.",
                        "Fel: Mallmappen " + nowhere + " finns inte. Kör kommandot i mappen där den ligger, eller "
                                + "ange den med --templates MAPP.");
    }

    /** Without plan.yaml a folder is no content folder: --content / is refused before anything is read. */
    @Test
    void aFolderWithoutAPlanIsAUsageError() {
        assertThat(run("check", "--content", "/")).isEqualTo(2);
        assertThat(run("build", "--content", "/", "--out", dir.resolve("ut").toString())).isEqualTo(2);

        assertThat(err.toString().lines().filter(line -> line.startsWith("Fel: "))).containsExactly(
                "Fel: Mappen / har ingen plan.yaml (eller site.yaml för flera planer), så den är ingen innehållsmapp. Ange mappen med planens innehåll "
                        + "med --content MAPP, eller börja en ny plan med lup-site init MAPP.",
                "Fel: Mappen / har ingen plan.yaml (eller site.yaml för flera planer), så den är ingen innehållsmapp. Ange mappen med planens innehåll "
                        + "med --content MAPP, eller börja en ny plan med lup-site init MAPP.");
        assertThat(dir.resolve("ut")).doesNotExist();
    }

    @Test
    void aMissingOrBrokenFontIsNamedAndNothingIsBuilt() throws Exception {
        Path content = TestSite.minimal(dir).write();
        Path missing = TestSite.copyTemplates(dir.resolve("utan-typsnitt"));
        Files.delete(missing.resolve("fonts/NotoSans-Regular.ttf"));
        Path broken = TestSite.copyTemplates(dir.resolve("trasigt-typsnitt"));
        Path bold = broken.resolve("fonts/NotoSans-Bold.ttf");
        Files.write(bold, java.util.Arrays.copyOf(Files.readAllBytes(bold), 3000));

        assertThat(run("build", "--content", content.toString(), "--templates", missing.toString(), "--out",
                dir.resolve("ut1").toString())).isEqualTo(1);
        assertThat(run("build", "--content", content.toString(), "--templates", broken.toString(), "--out",
                dir.resolve("ut2").toString())).isEqualTo(1);

        assertThat(err.toString()).isEqualTo(missing + "/fonts/NotoSans-Regular.ttf:1:1: Typsnittet saknas; PDF:erna "
                + "behöver det. Kopiera tillbaka filen från lup-site:s mallar (templates/), eller bygg utan PDF med "
                + "--no-pdf.\nInget byggdes; " + dir.resolve("ut1") + " är oförändrad.\n"
                + broken + "/fonts/NotoSans-Bold.ttf:1:1: Typsnittet kunde inte läsas: det är inget TrueType-typsnitt, "
                + "eller filen är skadad. Kopiera tillbaka filen från lup-site:s mallar (templates/), eller bygg utan "
                + "PDF med --no-pdf.\nInget byggdes; " + dir.resolve("ut2") + " är oförändrad.\n");
    }

    /** What no command foresaw is one sentence and exit 3, never a stack trace. */
    @Test
    void anUnforeseenFailureIsOneSentenceAndExitsThree() throws Exception {
        Path file = Files.writeString(dir.resolve("fil"), "");

        assertThat(run("generate-sample", "--activities", "1", "--out", file.resolve("ut").toString()))
                .isEqualTo(ExitCode.FAILURE.code);
        assertThat(err.toString()).isEqualTo("Fel: Filen " + file.resolve("ut") + " gick inte att använda: en del av "
                + "sökvägen är inte en mapp.\n");
    }

    @Test
    void contentProblemsExitOneAndNameTheFileLineAndColumn() throws Exception {
        Path content = TestSite.minimal(dir).with("goals.yaml", "goals:\n  - id: x\n    horizon: 4\n").write();
        Path site = dir.resolve("ut");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "förra");

        assertThat(run("build", "--content", content.toString(), "--out", site.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith(content + "/goals.yaml:2:5: Nyckeln \"text\" saknas, men måste "
                + "finnas här (målet, ordagrant som i planen).\n");
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("förra");
    }

    @Test
    void checkExitsZeroOnCleanContent() {
        assertThat(run("check", "--content", TestSite.minimal(dir).write().toString())).isZero();
        assertThat(out.toString()).isEqualTo("Innehållet är korrekt.\n");
    }

    @Test
    void dashCapitalVPrintsTheVersion() {
        assertThat(run("-V")).isZero();
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).isEqualTo(Generator.NAME + "\n" + Generator.NAME + "\n");
        assertThat(Generator.VERSION).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(run("build", "--inget-sadant")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Fel: okänt argument '--inget-sadant'. Se --help för vad kommandot tar.\n"
                + "Användning: lup-site build");
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void aValueOfTheWrongKindIsAUsageErrorInSwedish() {
        assertThat(run("serve", "--port", "åtta")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Fel: ogiltigt värde 'åtta' för --port. Skriv ett heltal.\n"
                + "Användning: lup-site serve");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"build", "check"}) {
            assertThat(run(command, "--help")).isZero();
        }
        assertThat(out.toString()).contains("Användning: lup-site build", "Användning: lup-site check", "--content=MAPP",
                "Visa den här hjälpen och avsluta.");
    }

    @Test
    void theMainHelpListsEveryCommandInSwedishAndHelpDescribesEachOne() {
        assertThat(run("--help")).isZero();
        assertThat(run("help", "serve")).isZero();
        assertThat(run("help", "help")).isZero();

        assertThat(out.toString())
                .contains("  build ", "  check ", "  new-followup ", "  serve ", "  generate-sample ",
                        "  help             Visa hjälpen för ett kommando.", "Användning: lup-site serve",
                        "[COMMAND]   Kommandot att visa hjälpen för.")
                .doesNotContain("Display help", "Show usage help", "The COMMAND");
    }
}
