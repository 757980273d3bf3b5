package lupsite.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A measured indicator with one or more series of values (e.g. the county and the nation), drawn as
 * {@code chart}. A value belongs to a {@link Key}: a day, a month, a year, a span of years, or a category (an
 * answer, a division, a region); {@code keys} are every key any series has, in axis order. {@code position} is
 * its metadata file, {@code valuesFile} the file its values came from, {@code retrieved} the day they were
 * fetched from their source (set by {@code import-kolada}).
 */
public record Indicator(
        String id,
        String title,
        String unit,
        Markdown description,
        String source,
        Optional<LocalDate> retrieved,
        int decimals,
        Chart chart,
        List<Key> keys,
        List<Series> series,
        Position position,
        String valuesFile) {

    /**
     * How the values are drawn: a line for a trend over time; bars where each key is a category of its own
     * (yearly figures compared side by side, answers to a question) and lines between them would suggest values
     * nobody measured.
     */
    public enum Chart { LINE, BAR }

    public Indicator {
        keys = List.copyOf(keys);
        series = List.copyOf(series);
    }

    /** True when the values are per category, not over time (then they are always drawn as bars). */
    public boolean categorical() {
        return !keys.isEmpty() && keys.get(0).kind() == Key.Kind.CATEGORY;
    }


    public Optional<Series> series(String seriesId) {
        return series.stream().filter(s -> s.id().equals(seriesId)).findFirst();
    }

    /**
     * This indicator as it stood on {@code day}: only the values whose key ended by then (a follow-up shows the
     * figures known at its date). Categories have no date and are all kept.
     */
    public Indicator asOf(LocalDate day) {
        List<Series> cut = series.stream().map(s -> s.upTo(day)).toList();
        List<Key> known = keys.stream().filter(k -> k.last().map(last -> !last.isAfter(day)).orElse(true)).toList();
        return new Indicator(id, title, unit, description, source, retrieved, decimals, chart, known, cut, position,
                valuesFile);
    }

    /**
     * Where a value sits on the axis. Time keys cover a span of days, from {@code first} to {@code last}: a day is
     * itself, 2019-09 is September, 2019 the year, 2012–2017 six years; they are ordered by the day they end (a
     * yearly figure is known when the year is over), then by the day they begin. A category is ordered by where
     * it first appears in the file ({@code order}). {@code text} is how the key is shown and found: ISO for
     * dates, an en dash between the years of a period, the category as written.
     */
    public record Key(Kind kind, String text, Optional<LocalDate> first, Optional<LocalDate> last, int order)
            implements Comparable<Key> {

        public enum Kind { DAY, MONTH, YEAR, PERIOD, CATEGORY }

        private static final Pattern PERIOD = Pattern.compile("([0-9]{4}) ?[-–] ?([0-9]{4})");
        private static final Comparator<Key> ORDER = Comparator
                .comparing((Key k) -> k.last().orElse(LocalDate.MIN))
                .thenComparing(k -> k.first().orElse(LocalDate.MIN))
                .thenComparingInt(Key::order);

        public static Key day(LocalDate day) {
            return new Key(Kind.DAY, day.toString(), Optional.of(day), Optional.of(day), 0);
        }

        public static Key month(YearMonth month) {
            return new Key(Kind.MONTH, month.toString(), Optional.of(month.atDay(1)), Optional.of(month.atEndOfMonth()), 0);
        }

        public static Key year(int year) {
            return new Key(Kind.YEAR, Integer.toString(year), Optional.of(LocalDate.of(year, 1, 1)),
                    Optional.of(LocalDate.of(year, 12, 31)), 0);
        }

        public static Key period(int fromYear, int toYear) {
            return new Key(Kind.PERIOD, fromYear + "–" + toYear, Optional.of(LocalDate.of(fromYear, 1, 1)),
                    Optional.of(LocalDate.of(toYear, 12, 31)), 0);
        }

        public static Key category(String text, int order) {
            return new Key(Kind.CATEGORY, text, Optional.empty(), Optional.empty(), order);
        }

        /** How a key written by hand is looked up: "2012-2017" and "2012 – 2017" are the period 2012–2017. */
        public static String normalize(String text) {
            String stripped = text.strip();
            Matcher period = PERIOD.matcher(stripped);
            return period.matches() ? period.group(1) + "–" + period.group(2) : stripped;
        }

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /** One value; {@code approximate} when the source gives it as "ca 1 840". */
    public record Point(Key key, BigDecimal value, boolean approximate) {

        public Point(Key key, BigDecimal value) {
            this(key, value, false);
        }
    }

    /**
     * One series' values in key order, found by key in constant time: a daily series has tens of thousands of
     * values, and the table, the chart and the targets look each one up.
     */
    public static final class Series {

        private final String id;
        private final String label;
        private final List<Point> points;
        private final Map<String, Point> byKey = new HashMap<>();
        private final Map<LocalDate, Point> byLastDay = new HashMap<>();

        public Series(String id, String label, List<Point> points) {
            this.id = id;
            this.label = label;
            List<Point> sorted = new ArrayList<>(points);
            sorted.sort(Comparator.comparing(Point::key));
            this.points = Collections.unmodifiableList(sorted);
            for (Point p : sorted) {
                byKey.put(p.key().text(), p);
                // The shortest span ending on a day stands for that day: 2019-12-31 before 2019-12 before 2019.
                p.key().last().ifPresent(last -> byLastDay.merge(last, p,
                        (a, b) -> a.key().kind().compareTo(b.key().kind()) <= 0 ? a : b));
            }
        }

        public String id() {
            return id;
        }

        public String label() {
            return label;
        }

        public List<Point> points() {
            return points;
        }

        public Optional<Point> point(Key key) {
            return point(key.text());
        }

        /** The value written under {@code keyText} ("2019-09-30", "2019", "2012–2017", "Ja, helt"). */
        public Optional<Point> point(String keyText) {
            return Optional.ofNullable(byKey.get(Key.normalize(keyText)));
        }

        /**
         * The value as of {@code day}: dated that day, or else of the month, year or period that ends that day (a
         * baseline 2014-12-31 on yearly figures is the value for 2014).
         */
        public Optional<BigDecimal> valueAt(LocalDate day) {
            return Optional.ofNullable(byLastDay.get(day)).map(Point::value);
        }

        /** The latest value whose key ended on or before {@code day}. */
        public Optional<Point> atOrBefore(LocalDate day) {
            int known = knownBy(day);
            return known == 0 ? Optional.empty() : Optional.of(points.get(known - 1));
        }

        /** This series with only the values whose key ended on or before {@code day}; categories are all kept. */
        public Series upTo(LocalDate day) {
            int known = knownBy(day);
            return known == points.size() ? this : new Series(id, label, points.subList(0, known));
        }

        /** How many values, from the first, had ended by {@code day}: a binary search, the points being in order. */
        private int knownBy(LocalDate day) {
            int low = 0;
            int high = points.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                Optional<LocalDate> last = points.get(mid).key().last();
                if (last.isEmpty() || !last.get().isAfter(day)) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        public Optional<Point> latest() {
            return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
        }
    }
}
