package lupsite.model;

import java.util.List;
import java.util.Map;

/**
 * The plan's own words for what the site calls its parts: {@code words} maps a word ({@link #WORDS}) to its
 * four forms (singular, plural, definite, definite plural: "fas", "faser", "fasen", "faserna"), and
 * {@code horizon} is the pattern of a horizon's heading ("mål på {0} års sikt"). What is not given is the
 * language's default word. {@code filePrefix} starts the names of the PDFs and the data file.
 */
public record Vocabulary(Map<String, List<String>> words, String horizon, String filePrefix) {

    /** The words a plan may set, as plan.yaml names them. */
    public static final List<String> WORDS = List.of("area", "activity", "note", "followUp");
    public static final String DEFAULT_PREFIX = "lup";
    public static final Vocabulary DEFAULT = new Vocabulary(Map.of(), null, DEFAULT_PREFIX);

    public Vocabulary {
        words = Map.copyOf(words);
    }
}
