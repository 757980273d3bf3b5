package lupsite.render;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site's search index, made at build time and shipped as a script ({@code assets/sokindex.js}) that
 * assigns one global: a page opened from file:// may run a script beside it but may not fetch() a JSON file.
 * It maps each term to the documents it occurs in, with a weight; {@code assets/sok.js} looks the reader's
 * words up in it. Terms are folded (lower case, accents and dots removed: "Försäkring" is "forsakring"),
 * so a search typed without Swedish letters still finds. The same input gives the same bytes.
 */
public final class SearchIndex {

    /** One thing a search can find: a goal, an activity, a page... {@code text} is plain text, not HTML. */
    public record Document(String kind, String title, String href, String text) {
    }

    /** The global the script assigns; sok.js reads it. */
    public static final String GLOBAL = "LUP_SOKINDEX";

    static final int TITLE_WEIGHT = 3;
    static final int SUMMARY_LENGTH = 180;

    /** Latin-1 (Swedish letters, é, ü...) decomposed without marks, by table; the rest as met, then kept. */
    private static final String[] LATIN_1 = new String[0x100];
    private static final Map<Integer, String> UNMARKED = new ConcurrentHashMap<>();

    static {
        for (int c = 0; c < LATIN_1.length; c++) {
            LATIN_1[c] = unmarked(c);
        }
    }

    private SearchIndex() {
    }

    /**
     * The words of {@code text} as the index keeps them. sok.js does exactly the same to what the reader types
     * (NFD, drop combining marks, lower case, split on anything but letters and digits, drop one-letter words).
     * Written out by hand rather than with Normalizer and patterns over the whole text: the index reads every
     * note of every follow-up, and this is most of its time. Decomposing character by character is the same as
     * decomposing the text (only the order of marks could differ, and marks are dropped); lower case is taken
     * of the whole text, where the final sigma depends on its neighbours.
     */
    public static List<String> terms(String text) {
        StringBuilder unmarked = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                unmarked.append((char) c);
            } else {
                unmarked.append(c < LATIN_1.length ? LATIN_1[c] : UNMARKED.computeIfAbsent(c, SearchIndex::unmarked));
            }
        }
        String folded = unmarked.toString().toLowerCase(Locale.ROOT);
        List<String> terms = new ArrayList<>();
        int start = 0;
        int letters = 0;
        for (int i = 0; i <= folded.length(); ) {
            int c = i < folded.length() ? folded.codePointAt(i) : ' ';
            if (isWordCharacter(c)) {
                letters++;
            } else {
                if (letters >= 2) {
                    terms.add(folded.substring(start, i));
                }
                letters = 0;
                start = i + Character.charCount(c);
            }
            i += Character.charCount(c);
        }
        return terms;
    }

    private static String unmarked(int codePoint) {
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isMark(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** {@code \p{L}} or {@code \p{N}}, as in sok.js. */
    private static boolean isWordCharacter(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The script: {@code window.LUP_SOKINDEX = {"docs": [[kind, href, title, summary], ...], "terms": {...}};}. */
    public static byte[] script(List<Document> documents) {
        // Folding is per document and independent, so on every core; the postings are merged in document order.
        List<List<String>> titles = documents.parallelStream().map(d -> terms(d.title())).toList();
        List<List<String>> texts = documents.parallelStream().map(d -> terms(d.text())).toList();
        Map<String, Postings> postings = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            for (String term : titles.get(i)) {
                postings.computeIfAbsent(term, t -> new Postings()).add(i, TITLE_WEIGHT);
            }
            for (String term : texts.get(i)) {
                postings.computeIfAbsent(term, t -> new Postings()).add(i, 1);
            }
        }
        StringBuilder js = new StringBuilder("/* Sökindex för webbplatsen, skapat när webbplatsen byggdes. */\n")
                .append("window.").append(GLOBAL).append(" = {\"docs\": [\n");
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            js.append('[').append(string(d.kind())).append(',').append(string(d.href())).append(',')
                    .append(string(d.title())).append(',').append(string(shorten(d.text(), SUMMARY_LENGTH))).append(']')
                    .append(i + 1 < documents.size() ? ",\n" : "\n");
        }
        js.append("],\n\"terms\": {");
        String separator = "\n";
        for (String term : postings.keySet().stream().sorted().toList()) {
            js.append(separator).append(string(term)).append(":[");
            postings.get(term).appendTo(js);
            js.append(']');
            separator = ",\n";
        }
        return js.append("\n}};\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The documents a term occurs in, in document order, each with its weight summed. */
    private static final class Postings {
        private int[] documents = new int[4];
        private int[] weights = new int[4];
        private int size;

        /** Documents are added in order, so a repeat of the same document is always the last one. */
        void add(int document, int weight) {
            if (size > 0 && documents[size - 1] == document) {
                weights[size - 1] += weight;
                return;
            }
            if (size == documents.length) {
                documents = Arrays.copyOf(documents, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            documents[size] = document;
            weights[size++] = weight;
        }

        void appendTo(StringBuilder js) {
            for (int i = 0; i < size; i++) {
                js.append(i == 0 ? "" : ",").append(documents[i]).append(',').append(weights[i]);
            }
        }
    }

    /** The start of {@code text}, at most {@code max} characters, cut at a word and marked when cut. */
    static String shorten(String text, int max) {
        // Whitespace runs become one space; only as much of the text as the summary needs is looked at.
        String stripped = text.strip();
        StringBuilder flat = new StringBuilder(Math.min(stripped.length(), max + 1));
        boolean inSpace = false;
        for (int i = 0; i < stripped.length() && flat.length() <= max; i++) {
            char c = stripped.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
            if (!space || !inSpace) {
                flat.append(space ? ' ' : c);
            }
            inSpace = space;
        }
        if (flat.length() <= max) {
            return flat.toString();
        }
        int cut = flat.lastIndexOf(" ", max);
        return flat.substring(0, cut > 0 ? cut : max) + " …";
    }

    /** A JSON string. U+2028 and U+2029 are escaped too: older script engines end a line at them. */
    private static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
