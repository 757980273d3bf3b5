package lupsite.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A measured indicator with one or more series of dated values (e.g. the county and the nation), drawn as
 * {@code chart}; {@code position} is its metadata file, {@code valuesFile} the file its values came from.
 */
public record Indicator(
        String id,
        String title,
        String unit,
        Markdown description,
        String source,
        int decimals,
        Chart chart,
        List<Series> series,
        Position position,
        String valuesFile) {

    /**
     * How the values are drawn: a line for a trend over time; bars where each date is a category of its own
     * (yearly figures compared side by side) and the lines between them would suggest values nobody measured.
     */
    public enum Chart { LINE, BAR }

    public Indicator {
        series = List.copyOf(series);
    }

    public record Point(LocalDate date, BigDecimal value) {
    }

    public record Series(String id, String label, List<Point> points) {

        public Series {
            points = List.copyOf(points);
        }

        public Optional<BigDecimal> valueAt(LocalDate date) {
            return points.stream().filter(p -> p.date().equals(date)).map(Point::value).findFirst();
        }

        public Optional<Point> latest() {
            return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
        }
    }

    /** The indicator as it was known on {@code day}: only the values dated on or before it. */
    public Indicator upTo(LocalDate day) {
        if (dates().stream().noneMatch(d -> d.isAfter(day))) {
            return this;
        }
        return new Indicator(id, title, unit, description, source, decimals, chart, series.stream()
                .map(s -> new Series(s.id(), s.label(), s.points().stream().filter(p -> !p.date().isAfter(day)).toList()))
                .toList(), position, valuesFile);
    }

    public Optional<Series> series(String seriesId) {
        return series.stream().filter(s -> s.id().equals(seriesId)).findFirst();
    }

    /** Every date on which any series has a value, in order. */
    public List<LocalDate> dates() {
        return series.stream().flatMap(s -> s.points().stream()).map(Point::date).distinct().sorted().toList();
    }
}
