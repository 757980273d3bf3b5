package lupsite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TreeDigest;

class InitCommandTest {

    @TempDir
    Path dir;

    private final Console console = new Console();

    @Test
    void writesAStarterRepositoryThatChecksAndBuilds() throws Exception {
        Path repository = dir.resolve("min-plan");

        assertThat(console.run("init", repository.toString())).isZero();

        long written;
        try (var files = java.nio.file.Files.walk(repository)) {
            written = files.filter(java.nio.file.Files::isRegularFile).count();
        }
        assertThat(console.out()).isEqualTo("Skapade " + written + " filer i " + repository + ":\n"
                + "  content/    en påhittad plan att fylla i; MALL överst i varje fil säger vad som ska bytas ut\n"
                + "  templates/  webbplatsens och PDF:ens utseende\n"
                + "  schemas/    reglerna för varje sorts fil, som editorn visar medan du skriver\n"
                + "  .vscode/    inställningar för Visual Studio Code: öppna mappen " + repository + " där\n"
                + "  .gitignore  det som byggs och inte ska checkas in\n"
                + "Gå nu till mappen " + repository + ", kör lup-site serve och öppna adressen den skriver ut.\n");
        assertThat(TreeDigest.of(repository.resolve("templates"))).isEqualTo(TreeDigest.of(Path.of("templates")));
        assertThat(TreeDigest.of(repository.resolve("schemas"))).isEqualTo(TreeDigest.of(Path.of("schemas")));
        assertThat(TreeDigest.of(repository.resolve(".vscode"))).isEqualTo(TreeDigest.of(Path.of(".vscode")));
        assertThat(TreeDigest.of(repository.resolve("content")).keySet()).containsExactly("accessibility.yaml",
                "areas/01-exempelomrade.md", "followups/2026-01-15/followup.yaml", "followups/2026-01-15/summary.md",
                "goals.yaml", "plan.yaml");

        console.clear();
        Path content = repository.resolve("content");
        assertThat(console.run("check", "--content", content.toString())).isZero();
        // What is left to fill in, and nothing else: every $schema comment leads to the schemas written beside.
        assertThat(console.err()).isEqualTo(content + "/accessibility.yaml:11:1: varning: Kontaktuppgifter för "
                + "synpunkter på tillgängligheten saknas. Fyll i feedback: med email: (e-postadress) och/eller phone: "
                + "(telefonnummer).\n"
                + content + "/accessibility.yaml:11:1: varning: Datumet då redogörelsen upprättades saknas. Fyll i "
                + "prepared: ÅÅÅÅ-MM-DD.\n"
                + "0 fel, 2 varningar.\n");
        assertThat(console.run("build", "--content", content.toString(), "--templates", repository.resolve("templates").toString(),
                "--out", repository.resolve("site").toString(), "--no-pdf")).isZero();
        assertThat(repository.resolve("site/omrade-exempelomrade.html")).exists();
    }

    @Test
    void refusesWhenAnythingItWouldWriteIsThereAndWritesNothing() throws Exception {
        Files.writeString(dir.resolve(".gitignore"), "/target/\n");
        Files.createDirectories(dir.resolve("content"));

        assertThat(console.run("init", dir.toString())).isEqualTo(2);

        assertThat(console.err()).isEqualTo("Fel: init skriver aldrig över något, och det här finns redan i " + dir
                + ": content/, .gitignore. Ange en ny eller tom mapp, till exempel lup-site init min-plan.\n");
        assertThat(Files.readString(dir.resolve(".gitignore"))).isEqualTo("/target/\n");
        assertThat(dir.resolve("templates")).doesNotExist();
        assertThat(dir.resolve("content")).isEmptyDirectory();
    }

    @Test
    void aFileIsNoFolderToWriteIn() throws Exception {
        Path file = Files.writeString(dir.resolve("plan.txt"), "");

        assertThat(console.run("init", file.toString())).isEqualTo(2);

        assertThat(console.err()).isEqualTo("Fel: " + file + " är en fil, inte en mapp. Ange en ny eller tom mapp, "
                + "till exempel lup-site init min-plan.\n");
    }
}
