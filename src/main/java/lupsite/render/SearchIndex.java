package lupsite.render;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

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
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchIndex() {
    }

    /**
     * The words of {@code text} as the index keeps them. sok.js does exactly the same to what the reader types
     * (NFD, drop combining marks, lower case, split on anything but letters and digits, drop one-letter words).
     */
    public static List<String> terms(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> terms = new ArrayList<>();
        for (String word : NOT_A_WORD.split(folded)) {
            if (word.codePointCount(0, word.length()) >= 2) {
                terms.add(word);
            }
        }
        return terms;
    }

    /** The script: {@code window.LUP_SOKINDEX = {"docs": [[kind, href, title, summary], ...], "terms": {...}};}. */
    public static byte[] script(List<Document> documents) {
        Map<String, Map<Integer, Integer>> postings = new TreeMap<>();
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            for (String term : terms(d.title())) {
                postings.computeIfAbsent(term, t -> new LinkedHashMap<>()).merge(i, TITLE_WEIGHT, Integer::sum);
            }
            for (String term : terms(d.text())) {
                postings.computeIfAbsent(term, t -> new LinkedHashMap<>()).merge(i, 1, Integer::sum);
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
        for (Map.Entry<String, Map<Integer, Integer>> term : postings.entrySet()) {
            js.append(separator).append(string(term.getKey())).append(":[");
            String comma = "";
            // Document order, so the weights of one term read in the order the documents are listed.
            for (Map.Entry<Integer, Integer> posting : new TreeMap<>(term.getValue()).entrySet()) {
                js.append(comma).append(posting.getKey()).append(',').append(posting.getValue());
                comma = ",";
            }
            js.append(']');
            separator = ",\n";
        }
        return js.append("\n}};\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The start of {@code text}, at most {@code max} characters, cut at a word and marked when cut. */
    static String shorten(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
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
