package lupsite.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
