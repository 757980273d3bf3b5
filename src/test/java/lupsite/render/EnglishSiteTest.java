package lupsite.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lupsite.pipeline.Pipeline;
import lupsite.problem.Problems;
import lupsite.testsupport.BundledSite;
import lupsite.testsupport.TestSite;

/**
 * {@code language: en} in plan.yaml: the bundled content built with the English texts has no Swedish word of
 * its own left, on any page; the content itself stays as written. Each page is compared text by text with the
 * Swedish build of the same content. A text that is the same in both must come from the content (or have no
 * letters); where they differ, the words only the English one has must not be Swedish.
 */
class EnglishSiteTest {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Texts read aloud or shown that are attributes, not text nodes. */
    /** Words the same in both languages: names of tools and formats. Listed by hand, so a label left in Swedish is not. */
    private static final Set<String> SAME_IN_BOTH = Set.of("nu", "html", "checker", "axe", "core", "chromium", "pdf",
            "status", "text", "wcag", "csv", "json", "excel");
    private static final List<String> TEXT_ATTRIBUTES = List.of("aria-label", "alt", "title", "data-too-short",
            "data-none", "data-one", "data-many", "data-first");

    @TempDir
    static Path dir;

    static Path swedish;
    static Path english;
    static String contentText;
    static Set<String> swedishOnlyWords;

    /** Both builds from one copy of the content, so that a test run recording itself meanwhile changes neither. */
    @BeforeAll
    static void build() throws Exception {
        Path content = dir.resolve("content");
        copy(BundledSite.CONTENT, content);
        swedish = build(content, dir.resolve("sv"));
        Path plan = content.resolve("plan.yaml");
        Files.writeString(plan, Files.readString(plan) + "language: en\n");
        english = build(content, dir.resolve("en"));

        try (Stream<Path> files = Files.walk(BundledSite.CONTENT)) {
            contentText = normalise(files.filter(Files::isRegularFile).map(EnglishSiteTest::read)
                    .collect(Collectors.joining("\n")));
        }
        Set<String> englishWords = words(read(TestSite.TEMPLATES.resolve("messages/en.properties")));
        swedishOnlyWords = words(read(TestSite.TEMPLATES.resolve("messages/sv.properties")));
        swedishOnlyWords.removeAll(englishWords);
    }

    private static Path build(Path content, Path site) throws Exception {
        Problems problems = new Problems();
        assertThat(Pipeline.build(new Pipeline.Options(content, TestSite.TEMPLATES, site, false), problems))
                .as(problems.all().toString()).isPresent();
        return site;
    }

    @Test
    void everyPageIsEnglishExceptTheContent() throws IOException {
        List<String> pages;
        try (Stream<Path> files = Files.list(swedish)) {
            pages = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".html")).sorted().toList();
        }
        List<String> found = new ArrayList<>();
        for (String page : pages) {
            Document sv = TestSite.html(swedish, page);
            Document en = TestSite.html(english, page);
            assertThat(en.select("html").attr("lang")).as(page).isEqualTo("en");
            List<String> svTexts = texts(sv);
            List<String> enTexts = texts(en);
            assertThat(enTexts).as(page + ": the same texts in the same places").hasSameSizeAs(svTexts);
            for (int i = 0; i < svTexts.size(); i++) {
                problem(svTexts.get(i), enTexts.get(i)).ifPresent(p -> found.add(page + ": " + p));
            }
        }
        assertThat(pages).contains(SiteUrls.HOME);
        assertThat(found).isEmpty();
    }

    @Test
    void theStartPageReadsInEnglish() {
        Document home = TestSite.html(english, SiteUrls.HOME);
        assertThat(home.select("nav[aria-label] a").eachText()).startsWith("Overview", "Goals", "Focus areas",
                "Follow-ups", "History", "Indicators", "Search");
        assertThat(home.select("#senaste").text()).isEqualTo("Latest follow-up: Lägesavstämning per 2019-11-18");
        assertThat(home.select("a.skip").text()).isEqualTo("Skip to content");
    }

    @Test
    void searchResultsAreLabelledInEnglishToo() {
        String index = read(english.resolve(SiteUrls.SEARCH_INDEX));
        assertThat(index).contains("[\"Goal\",", "[\"Activity\",", "[\"Focus area\",", "[\"Page\",")
                .doesNotContain("[\"Mål\",", "[\"Aktivitet\",");
    }

    /** Why a text of the English build is not English, if it is not. */
    private static Optional<String> problem(String sv, String en) {
        List<String> swedishWords = sv.equals(en) ? notFromContent(en)
                : englishOnly(wordList(sv), wordList(en)).stream()
                        .filter(w -> w.matches(".*[åäö].*") || swedishOnlyWords.contains(w)).toList();
        return swedishWords.isEmpty() ? Optional.empty()
                : Optional.of("Swedish " + swedishWords + " in: " + en);
    }

    /**
     * The words of a text the two builds share that do not come from the content (nor are names the same in
     * both languages). The content may be quoted
     * in pieces ("title – site name", numbers filled in), so the text is matched run by run: the longest run of
     * words from here that the content holds, then the next.
     */
    private static List<String> notFromContent(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        List<String> left = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int k = words.size();
            while (k > i && !contentText.contains(text.substring(words.get(i)[0], words.get(k - 1)[1]))) {
                k--;
            }
            if (k > i) {
                i = k;
            } else {
                String word = text.substring(words.get(i)[0], words.get(i)[1]);
                if (!SAME_IN_BOTH.contains(word.toLowerCase(Locale.ROOT))) {
                    left.add(word);
                }
                i++;
            }
        }
        return left;
    }

    /** The words of {@code en} that a longest common subsequence with {@code sv} leaves over: the translation's. */
    private static List<String> englishOnly(List<String> sv, List<String> en) {
        int[][] common = new int[sv.size() + 1][en.size() + 1];
        for (int i = sv.size() - 1; i >= 0; i--) {
            for (int j = en.size() - 1; j >= 0; j--) {
                common[i][j] = sv.get(i).equals(en.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> extra = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (j < en.size()) {
            if (i < sv.size() && sv.get(i).equals(en.get(j))) {
                i++;
                j++;
            } else if (i < sv.size() && common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                extra.add(en.get(j++));
            }
        }
        return extra;
    }

    private static List<String> texts(Document doc) {
        List<String> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                texts.add(normalise(text.getWholeText()));
            } else if (node instanceof Element element) {
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (element.hasAttr(attribute)) {
                        texts.add(normalise(element.attr(attribute)));
                    }
                }
            }
        }, doc);
        return texts;
    }

    private static Set<String> words(String text) {
        return new HashSet<>(wordList(text));
    }

    private static List<String> wordList(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
