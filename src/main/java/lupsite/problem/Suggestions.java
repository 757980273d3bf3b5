package lupsite.problem;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Did you mean ...?" for a misspelt id or key: the closest candidates by edit distance or by prefix. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate, if one is near enough to be a plausible typo or abbreviation. */
    public static Optional<String> closest(String wrong, List<String> candidates) {
        return nearest(wrong, candidates, 1).stream().findFirst();
    }

    /** Up to {@code limit} plausible candidates, nearest first. */
    public static List<String> nearest(String wrong, List<String> candidates, int limit) {
        String w = wrong.toLowerCase();
        return candidates.stream()
                .filter(c -> plausible(w, c.toLowerCase()))
                .sorted(Comparator.comparingInt((String c) -> distance(w, c.toLowerCase())).thenComparing(c -> c))
                .limit(limit)
                .toList();
    }

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})[./](\\d{1,2})[./](\\d{1,2})");

    /**
     * What {@code text} probably meant in this format's conventions: a date written 18/11/2019 or 2019.11.18
     * as 2019-11-18, a name written "Bättre Rehab" as the id battre-rehab. The caller keeps the ones its rule
     * accepts.
     */
    public static List<String> conventional(String text) {
        String trimmed = text.strip();
        Matcher dmy = DAY_MONTH_YEAR.matcher(trimmed);
        Matcher ymd = YEAR_MONTH_DAY.matcher(trimmed);
        String date = dmy.matches() ? String.format("%s-%02d-%02d", dmy.group(3), Integer.parseInt(dmy.group(2)),
                Integer.parseInt(dmy.group(1)))
                : ymd.matches() ? String.format("%s-%02d-%02d", ymd.group(1), Integer.parseInt(ymd.group(2)),
                        Integer.parseInt(ymd.group(3)))
                : trimmed;
        return List.of(date, asId(trimmed));
    }

    /** {@code text} as an id: lower case, å ä ö (any accent) without it, every other run of characters a hyphen. */
    public static String asId(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }

    /** " Menade du "a" eller "b"?" with up to three plausible candidates, or "" when none is near. */
    public static String didYouMean(String wrong, List<String> candidates) {
        List<String> near = nearest(wrong, candidates, 3);
        return near.isEmpty() ? "" : " Menade du " + String.join(" eller ", near.stream().map(n -> "\"" + n + "\"").toList()) + "?";
    }

    private static boolean plausible(String wrong, String candidate) {
        if (wrong.isEmpty()) {
            return false;
        }
        if (candidate.startsWith(wrong) || wrong.startsWith(candidate)) {
            return true;
        }
        return distance(wrong, candidate) <= Math.max(2, Math.min(wrong.length(), candidate.length()) / 3);
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
