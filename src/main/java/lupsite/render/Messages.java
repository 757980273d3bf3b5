package lupsite.render;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lupsite.derive.SwedishNumbers;
import lupsite.load.SourceTree;
import lupsite.model.Indicator;
import lupsite.model.Vocabulary;

/**
 * The words the site itself says (menus, headings, table heads, sentences around the content), in one
 * language, from {@code templates/messages/<language>.properties}: they sit with the templates because they
 * are part of the look a site owner edits, and another language is one more file. Templates see this as
 * {@code msg} and read {@code ${msg.t("nav.home")}} or, with values for {0}, {1}..., {@code ${msg.t("horizon.none",
 * h.years)}}. An immutable value: two builds with the same texts have equal Messages (a cache may key on it).
 */
public record Messages(String language, Map<String, String> texts) {

    public static final String FOLDER = "messages";

    /** Each word's tokens, in the order of its forms: singular, plural, definite, definite plural. */
    private static final Map<String, List<String>> TOKENS = Map.of(
            "area", List.of("area", "areas", "theArea", "theAreas"),
            "activity", List.of("activity", "activities", "theActivity", "theActivities"),
            "note", List.of("note", "notes", "theNote", "theNotes"),
            "followUp", List.of("followUp", "followUps", "theFollowUp", "theFollowUps"));

    /** A word's token in a text ({@code {areas}}); the values' {@code {0}} are digits and never match. */
    private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z]+)\\}");

    public Messages {
        texts = Map.copyOf(texts);
    }

    /** Reads {@code messages/<language>.properties} from the templates folder (UTF-8). */
    public static Messages load(SourceTree templates, String language) throws RenderException {
        String path = FOLDER + "/" + language + ".properties";
        String where = templates.label() + "/" + path;
        if (!templates.isFile(path)) {
            throw new RenderException(where + ":1:1: Texterna för språket \"" + language
                    + "\" saknas. Skapa filen som en kopia av " + FOLDER + "/sv.properties och översätt den, eller "
                    + "välj ett språk som finns i plan.yaml.", null);
        }
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(templates.open(path), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new RenderException(where + ":1:1: Texterna kunde inte läsas: " + e.getMessage(), e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return new Messages(language, texts);
    }

    /**
     * These texts in the plan's words. A text names a word by a token: {@code {area}}, {@code {areas}},
     * {@code {theArea}}, {@code {theAreas}} (and the same with a capital first letter for the start of a
     * sentence), {@code {horizon}} for the horizon pattern; each is the plan's word where it sets one, else the
     * language's default from {@code word.<name>} ("målområde, målområden, målområdet, målområdena").
     */
    public Messages in(Vocabulary vocabulary) {
        Map<String, String> tokens = new TreeMap<>();
        for (String word : Vocabulary.WORDS) {
            List<String> forms = vocabulary.words().get(word);
            if (forms == null) {
                forms = List.of(t("word." + word).split(",\\s*"));
            }
            List<String> names = TOKENS.get(word);
            for (int form = 0; form < names.size(); form++) {
                put(tokens, names.get(form), forms.get(form));
            }
        }
        put(tokens, "horizon", vocabulary.horizon() != null ? vocabulary.horizon() : t("word.horizon"));
        Map<String, String> worded = new TreeMap<>();
        texts.forEach((key, text) -> worded.put(key, TOKEN.matcher(text).replaceAll(
                token -> Matcher.quoteReplacement(tokens.getOrDefault(token.group(1), token.group())))));
        return new Messages(language, worded);
    }

    private static void put(Map<String, String> tokens, String name, String word) {
        tokens.put(name, word);
        tokens.put(capital(name), capital(word));
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The text of {@code key} with {0}, {1}... replaced by {@code values}; a missing key stops the build. */
    public String t(String key, Object... values) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("Texten \"" + key + "\" saknas i " + FOLDER + "/" + language
                    + ".properties.");
        }
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    /** "A", "A och B", "A, B och C": {@code list.and} is the word before the last. */
    public String list(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + t("list.and") + " " + items.get(items.size() - 1);
    }

    /**
     * A number the way this language writes it: {@code number.decimal} and {@code number.group} replace the
     * Swedish decimal comma and thousands no-break space ("1 234,5" or "1,234.5").
     */
    public String number(BigDecimal value, int decimals) {
        String swedish = SwedishNumbers.format(value, decimals);
        String decimal = t("number.decimal");
        String group = t("number.group");
        StringBuilder out = new StringBuilder(swedish.length());
        for (char c : swedish.toCharArray()) {
            out.append(c == ',' ? decimal : c == SwedishNumbers.NO_BREAK_SPACE ? group : String.valueOf(c));
        }
        return out.toString();
    }

    /** An indicator's value: its number, with {@code number.approximate} ("ca {0}") when it is approximate. */
    public String value(Indicator.Point point, int decimals) {
        String number = number(point.value(), decimals);
        return point.approximate() ? t("number.approximate", number) : number;
    }

    /** A number and its unit, never broken between them: "7,8 %", "4 000 kronor". */
    public String quantity(String number, String unit) {
        return number + SwedishNumbers.NO_BREAK_SPACE + unit;
    }
}
