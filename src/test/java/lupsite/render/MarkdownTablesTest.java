package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.testsupport.TestSite;

/** Markdown tables align by class: ---: and :---: as written, and numbers to the right where nothing is said. */
class MarkdownTablesTest {

    @TempDir
    Path dir;

    private static List<String> classes(Elements cells) {
        return cells.stream().map(cell -> cell.attr("class")).toList();
    }

    @Test
    void numbersAreRightAlignedAndWrittenAlignmentIsKept() {
        Path out = TestSite.minimal(dir).with("pages/budget.md", """
                ---
                title: Budget 2019
                order: 1
                ---
                | Post | Belopp | Andel | Not |
                |---|---:|:---:|---|
                | Intäkter | 6 250 000 | 12 % | -1,5 |
                | Personal | ca 1 840 | 3 | Nr 4 |
                | Summa | **-7 000 000** | hälften | se ovan |
                """).build();

        Document page = TestSite.html(out, "sida-budget.html");
        assertThat(classes(page.select("table th"))).containsExactly("", "align-right", "align-center", "");
        assertThat(classes(page.select("table tbody tr").first().select("td")))
                .containsExactly("", "num", "align-center", "num");
        assertThat(classes(page.select("table tbody tr").get(1).select("td")))
                .containsExactly("", "num", "align-center", "");
        assertThat(classes(page.select("table tbody tr").last().select("td")))
                .containsExactly("", "num", "align-center", "");
        assertThat(page.select("table [align]")).isEmpty();
    }
}
