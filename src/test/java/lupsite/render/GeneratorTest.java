package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

class GeneratorTest {

    @TempDir
    Path dir;

    @Test
    void theVersionIsThePomsProjectVersion() throws IOException {
        Matcher project = Pattern.compile("<artifactId>lup-site</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(project.find()).isTrue();
        assertThat(Generator.VERSION).isEqualTo(project.group(1));
        assertThat(Generator.NAME).isEqualTo("lup-site " + project.group(1));
    }

    @Test
    void everyPageNamesTheProgramThatMadeIt() {
        Path site = TestSite.minimal(dir).build();

        for (String page : new String[] {SiteUrls.HOME, "mal.html", SiteUrls.SEARCH}) {
            assertThat(TestSite.html(site, page).select("meta[name=generator]").eachAttr("content"))
                    .as(page).containsExactly(Generator.NAME);
        }
    }
}
