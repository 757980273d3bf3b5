package lupsite.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import lupsite.model.Indicator.Key;
import lupsite.model.Indicator.Point;

/**
 * An indicator chart as plain SVG 1.1, written here rather than by a chart library (see docs/dev/architecture.md):
 * the same bytes on every machine (no font metrics, no random ids), an accessible name and description, and
 * nothing a PDF renderer cannot draw (no CSS, no scripts, no foreignObject). Series differ by dash pattern and
 * marker shape (lines) or fill pattern (bars) as well as by colour; a goal's target level is drawn as its own
 * line. Values per category are horizontal bars, one group per category with its name beside it, so long answers
 * ("Ja, i hög grad") stay readable. A line of more values than the plot has pixels is thinned to the lowest and
 * highest value in each pixel column (what the eye would see anyway), without markers, so a daily series of
 * decades stays a chart of some tens of kilobytes; every value is still in the table and the CSV download.
 * Words and numbers are in the site's language ({@link Messages}).
 */
public final class ChartSvg {

    /**
     * What to draw: {@code id} prefixes every id in the SVG, so several charts can share a page;
     * {@code targetSeries} is the index of the series the target level applies to (bars mark it on that bar).
     */
    public record Spec(String id, String title, Kind kind, String unit, int decimals, List<Line> series,
                       Optional<Line> target, int targetSeries) {

        public Spec {
            series = List.copyOf(series);
        }
    }

    /** Lines over time, vertical bars per date or period, horizontal bars per category. */
    public enum Kind { LINE, BAR, CATEGORY }

    public record Line(String label, List<Point> points) {

        public Line {
            points = List.copyOf(points);
        }
    }

    static final int WIDTH = 640;
    private static final int LEFT = 72;
    private static final int RIGHT = WIDTH - 24;
    private static final int PLOT_HEIGHT = 220;
    private static final int LEGEND_ROW = 20;
    private static final int INSET = 24;
    private static final int MIN_LABEL_GAP = 84;
    /** Markers are drawn while every series has at most this many values; beyond, they would be a smear. */
    private static final int MARKER_LIMIT = 60;
    /** Category bars: the width of the names column, a bar's thickness, and how many characters fit on a line. */
    private static final int CATEGORY_LEFT = 200;
    private static final int CATEGORY_BAR = 16;
    private static final int CATEGORY_LINE_CHARS = 28;
    private static final String[] COLORS = {"#0072b2", "#c04f00", "#007a5e", "#6a3d9a"};
    private static final String[] DASHES = {null, "8 4", "2 3", "10 3 2 3"};
    private static final String TARGET_COLOR = "#1a1a1a";
    private static final String TARGET_DASH = "14 4 2 4 2 4";
    private static final String AXIS_COLOR = "#4a4a4a";
    private static final String GRID_COLOR = "#d0d0d0";

    private final Spec spec;
    private final Messages messages;
    private final StringBuilder svg = new StringBuilder(4096);
    private final List<Key> dates;
    private final Map<String, Integer> positions = new HashMap<>();
    private final boolean markers;
    private final int left;
    private final int plotHeight;
    private final int top;
    private final int bottom;
    private final BigDecimal low;
    private final BigDecimal high;
    private final BigDecimal step;

    private ChartSvg(Spec spec, Messages messages) {
        this.spec = spec;
        this.messages = messages;
        this.dates = allLines().flatMap(l -> l.points().stream()).map(Point::key).distinct().sorted().toList();
        for (int i = 0; i < dates.size(); i++) {
            positions.put(dates.get(i).text(), i);
        }
        this.markers = spec.series().stream().allMatch(l -> l.points().size() <= MARKER_LIMIT);
        this.left = spec.kind() == Kind.CATEGORY ? CATEGORY_LEFT : LEFT;
        this.plotHeight = spec.kind() == Kind.CATEGORY
                ? dates.stream().mapToInt(this::categoryHeight).sum() : PLOT_HEIGHT;
        this.top = 16 + LEGEND_ROW * (spec.series().size() + (spec.target().isPresent() ? 1 : 0)) + 24;
        this.bottom = top + plotHeight;
        List<BigDecimal> values = allLines().flatMap(l -> l.points().stream()).map(Point::value).toList();
        BigDecimal min = values.stream().reduce(BigDecimal.ZERO, BigDecimal::min);
        BigDecimal max = values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        this.step = niceStep(max.subtract(min));
        this.low = floor(min, step);
        BigDecimal ceiling = ceil(max, step);
        this.high = ceiling.compareTo(low) == 0 ? low.add(step) : ceiling;
    }

    /** The chart as an {@code <svg>} element for an HTML page. */
    public static String render(Spec spec, Messages messages) {
        return new ChartSvg(spec, messages).draw(false);
    }

    /**
     * The same chart for the print document. openhtmltopdf gives a PDF figure its alternative text from the
     * element's {@code alt} attribute, which PDF/UA requires; HTML has no {@code alt} on svg, so only this one
     * carries it (the title and the description).
     */
    public static String renderForPrint(Spec spec, Messages messages) {
        return new ChartSvg(spec, messages).draw(true);
    }

    /** "Linjediagram", "Bar chart": what the chart is called in the site's language. */
    static String kindName(Kind kind, Messages messages) {
        return messages.t(kind == Kind.LINE ? "chart.line" : "chart.bar");
    }

    private Stream<Line> allLines() {
        return Stream.concat(spec.series().stream(), spec.target().stream());
    }

    private String draw(boolean withAlt) {
        int height = bottom + 40;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" class=\"chart\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" role=\"img\" aria-labelledby=\"").append(spec.id()).append("-titel\" ")
                .append("aria-describedby=\"").append(spec.id()).append("-beskrivning\"");
        if (withAlt) {
            svg.append(" alt=\"").append(Markup.escape(spec.title() + ". " + description())).append('"');
        }
        svg.append(">\n");
        svg.append("<title id=\"").append(spec.id()).append("-titel\">").append(Markup.escape(spec.title())).append("</title>\n");
        svg.append("<desc id=\"").append(spec.id()).append("-beskrivning\">").append(Markup.escape(description()))
                .append("</desc>\n");
        if (spec.kind() != Kind.LINE) {
            patterns();
        }
        svg.append("<g font-family=\"sans-serif\" font-size=\"12\" fill=\"#1a1a1a\">\n");
        legend();
        switch (spec.kind()) {
            case LINE -> {
                axes();
                lines();
            }
            case BAR -> {
                axes();
                bars();
            }
            case CATEGORY -> categories();
        }
        svg.append("</g>\n</svg>");
        return svg.toString();
    }

    /**
     * The chart in words: the kind, the span, and where each series starts and ends; per category, every value
     * (categories are few, and no one of them is "the start").
     */
    private String description() {
        StringBuilder text = new StringBuilder(messages.t("chart.describe", kindName(spec.kind(), messages), spec.unit()));
        if (!dates.isEmpty() && spec.kind() != Kind.CATEGORY) {
            text.append(", ").append(messages.t("chart.span", dates.get(0).text(), dates.get(dates.size() - 1).text()));
        }
        text.append('.');
        for (Line line : allLines().toList()) {
            text.append(' ').append(line.label()).append(": ");
            List<Point> points = line.points();
            if (points.isEmpty()) {
                text.append(messages.t("chart.noValues"));
            } else if (spec.kind() == Kind.CATEGORY) {
                text.append(String.join("; ", points.stream()
                        .map(p -> p.key().text() + " " + messages.value(p, spec.decimals())).toList())).append('.');
            } else if (points.size() == 1) {
                text.append(reading(points.get(0))).append('.');
            } else {
                text.append(messages.t("chart.fromTo", reading(points.get(0)), reading(points.get(points.size() - 1))));
            }
        }
        return text.append(' ').append(messages.t(dates.size() > DataViews.TABLE_ROWS ? "chart.allInCsv" : "chart.allInTable"))
                .toString();
    }

    private String reading(Point point) {
        return messages.value(point, spec.decimals()) + " (" + point.key().text() + ")";
    }

    private void patterns() {
        svg.append("<defs>\n");
        for (int i = 1; i < spec.series().size(); i++) {
            String color = COLORS[i % COLORS.length];
            svg.append("<pattern id=\"").append(spec.id()).append("-fyllning-").append(i)
                    .append("\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">")
                    .append("<rect width=\"8\" height=\"8\" fill=\"#ffffff\"/>");
            switch (i % 3) {
                case 1 -> svg.append("<path d=\"M0 8L8 0M-2 2L2 -2M6 10L10 6\" stroke=\"").append(color)
                        .append("\" stroke-width=\"2\"/>");
                case 2 -> svg.append("<circle cx=\"4\" cy=\"4\" r=\"2\" fill=\"").append(color).append("\"/>");
                default -> svg.append("<path d=\"M0 4H8M4 0V8\" stroke=\"").append(color)
                        .append("\" stroke-width=\"2\"/>");
            }
            svg.append("</pattern>\n");
        }
        svg.append("</defs>\n");
    }

    private String fill(int index) {
        return index == 0 ? COLORS[0] : "url(#" + spec.id() + "-fyllning-" + index + ")";
    }

    private void legend() {
        int y = 16;
        for (int i = 0; i < spec.series().size(); i++) {
            int mid = y + LEGEND_ROW / 2;
            if (spec.kind() != Kind.LINE) {
                svg.append("<rect x=\"").append(LEFT).append("\" y=\"").append(mid - 6).append("\" width=\"24\" height=\"12\" fill=\"")
                        .append(fill(i)).append("\" stroke=\"").append(color(i)).append("\"/>\n");
            } else {
                svg.append("<path d=\"M").append(LEFT).append(' ').append(mid).append("H").append(LEFT + 32)
                        .append('"').append(lineStyle(i)).append("/>\n");
                if (markers) {
                    marker(i, LEFT + 16, mid);
                }
            }
            label(LEFT + 40, mid + 4, spec.series().get(i).label());
            y += LEGEND_ROW;
        }
        if (spec.target().isPresent()) {
            int mid = y + LEGEND_ROW / 2;
            svg.append("<path d=\"M").append(LEFT).append(' ').append(mid).append("H").append(LEFT + 32)
                    .append('"').append(targetStyle()).append("/>\n");
            label(LEFT + 40, mid + 4, spec.target().get().label());
        }
    }

    private void label(int x, int y, String text) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\">").append(Markup.escape(text)).append("</text>\n");
    }

    private void axes() {
        svg.append("<text x=\"8\" y=\"").append(top - 10).append("\">").append(Markup.escape(spec.unit())).append("</text>\n");
        int tickDecimals = Math.max(0, step.stripTrailingZeros().scale());
        for (BigDecimal v = low; v.compareTo(high) <= 0; v = v.add(step)) {
            String y = coordinate(y(v));
            svg.append("<path d=\"M").append(LEFT).append(' ').append(y).append("H").append(RIGHT)
                    .append("\" stroke=\"").append(v.signum() == 0 ? AXIS_COLOR : GRID_COLOR).append("\" fill=\"none\"/>\n");
            svg.append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(coordinate(y(v) + 4))
                    .append("\" text-anchor=\"end\">").append(messages.number(v, tickDecimals)).append("</text>\n");
        }
        svg.append("<path d=\"M").append(LEFT).append(' ').append(top).append("V").append(bottom)
                .append("\" stroke=\"").append(AXIS_COLOR).append("\" fill=\"none\"/>\n");
        for (int i : labelledDates()) {
            svg.append("<text x=\"").append(coordinate(x(i))).append("\" y=\"").append(bottom + 20)
                    .append("\" text-anchor=\"middle\">").append(Markup.escape(dates.get(i).text())).append("</text>\n");
        }
    }

    /** The dates whose labels fit without overlapping: always the first, and the last when it has room. */
    private List<Integer> labelledDates() {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            if (shown.isEmpty() || x(i) - x(shown.get(shown.size() - 1)) >= MIN_LABEL_GAP) {
                shown.add(i);
            }
        }
        int last = dates.size() - 1;
        if (shown.size() > 1 && shown.get(shown.size() - 1) != last) {
            shown.set(shown.size() - 1, last);
            if (x(last) - x(shown.get(shown.size() - 2)) < MIN_LABEL_GAP) {
                shown.remove(shown.size() - 2);
            }
        }
        return shown;
    }

    private void lines() {
        for (int i = 0; i < spec.series().size(); i++) {
            List<Point> points = spec.series().get(i).points();
            if (points.size() > 1) {
                svg.append("<path d=\"").append(path(points)).append('"').append(lineStyle(i)).append("/>\n");
            }
            if (markers) {
                for (Point p : points) {
                    marker(i, x(index(p)), y(p.value()));
                }
            }
        }
        spec.target().filter(t -> !t.points().isEmpty()).ifPresent(t -> {
            List<Point> points = t.points();
            String d = points.size() > 1 ? path(points)
                    : "M" + coordinate(x(index(points.get(0))) - 12) + ' ' + coordinate(y(points.get(0).value())) + "h24";
            target(d);
        });
    }

    private int index(Point point) {
        return positions.get(point.key().text());
    }

    /**
     * The points a line is drawn through: all of them while they are fewer than the plot's pixel columns, else
     * per column the lowest and the highest in their order, and always the first and the last.
     */
    private List<Point> drawn(List<Point> points) {
        if (points.size() <= 2 * (RIGHT - LEFT)) {
            return points;
        }
        List<Point> kept = new ArrayList<>();
        int column = Integer.MIN_VALUE;
        Point low = null;
        Point high = null;
        for (Point p : points) {
            int c = (int) x(index(p));
            if (c != column && low != null) {
                keep(kept, low, high);
                low = null;
            }
            column = c;
            if (low == null) {
                low = p;
                high = p;
            } else if (p.value().compareTo(low.value()) < 0) {
                low = p;
            } else if (p.value().compareTo(high.value()) > 0) {
                high = p;
            }
        }
        keep(kept, low, high);
        if (kept.get(0) != points.get(0)) {
            kept.add(0, points.get(0));
        }
        if (kept.get(kept.size() - 1) != points.get(points.size() - 1)) {
            kept.add(points.get(points.size() - 1));
        }
        return kept;
    }

    private void keep(List<Point> kept, Point low, Point high) {
        boolean lowFirst = index(low) <= index(high);
        kept.add(lowFirst ? low : high);
        if (low != high) {
            kept.add(lowFirst ? high : low);
        }
    }

    private void bars() {
        int count = spec.series().size();
        double group = (RIGHT - LEFT) / (double) Math.max(1, dates.size());
        double barWidth = group * 0.7 / count;
        for (int d = 0; d < dates.size(); d++) {
            double groupLeft = x(d) - group * 0.35;
            for (int i = 0; i < count; i++) {
                Optional<Point> point = valueAt(spec.series().get(i), dates.get(d));
                if (point.isEmpty()) {
                    continue;
                }
                Optional<BigDecimal> value = point.map(Point::value);
                double left = groupLeft + i * barWidth;
                double y = y(value.get());
                double zero = y(BigDecimal.ZERO);
                svg.append("<rect x=\"").append(coordinate(left + 1)).append("\" y=\"").append(coordinate(Math.min(y, zero)))
                        .append("\" width=\"").append(coordinate(barWidth - 2)).append("\" height=\"")
                        .append(coordinate(Math.abs(zero - y))).append("\" fill=\"").append(fill(i))
                        .append("\" stroke=\"").append(color(i)).append("\"/>\n");
                svg.append("<text x=\"").append(coordinate(left + barWidth / 2)).append("\" y=\"")
                        .append(coordinate(value.get().signum() < 0 ? y + 14 : y - 4)).append("\" text-anchor=\"middle\">")
                        .append(messages.value(point.get(), spec.decimals())).append("</text>\n");
            }
            double targetLeft = groupLeft + spec.targetSeries() * barWidth;
            int index = d;
            spec.target().flatMap(t -> valueAt(t, dates.get(index))).map(Point::value).ifPresent(level -> target(
                    "M" + coordinate(targetLeft - 4) + ' ' + coordinate(y(level)) + "h" + coordinate(barWidth + 8)));
        }
    }

    /** A line's value at a key; bar charts have few keys, so a scan of its points is cheap. */
    private static Optional<Point> valueAt(Line line, Key key) {
        return line.points().stream().filter(p -> p.key().equals(key)).findFirst();
    }

    private String path(List<Point> points) {
        StringBuilder d = new StringBuilder();
        for (Point p : drawn(points)) {
            d.append(d.length() == 0 ? "M" : "L").append(coordinate(x(index(p)))).append(' ')
                    .append(coordinate(y(p.value())));
        }
        return d.toString();
    }

    /** A category's name in lines that fit the names column, broken at spaces. */
    private static List<String> nameLines(String name) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > CATEGORY_LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private int categoryHeight(Key category) {
        return Math.max(nameLines(category.text()).size() * 14, spec.series().size() * CATEGORY_BAR) + 12;
    }

    /**
     * Horizontal bars: a value axis along the bottom with its grid, then per category its name on the left and
     * one bar per series from zero, each labelled with its value.
     */
    private void categories() {
        svg.append("<text x=\"").append(left).append("\" y=\"").append(top - 10).append("\">")
                .append(Markup.escape(spec.unit())).append("</text>\n");
        int tickDecimals = Math.max(0, step.stripTrailingZeros().scale());
        for (BigDecimal v = low; v.compareTo(high) <= 0; v = v.add(step)) {
            String x = coordinate(valueX(v));
            svg.append("<path d=\"M").append(x).append(' ').append(top).append("V").append(bottom)
                    .append("\" stroke=\"").append(v.signum() == 0 ? AXIS_COLOR : GRID_COLOR).append("\" fill=\"none\"/>\n");
            svg.append("<text x=\"").append(x).append("\" y=\"").append(bottom + 20)
                    .append("\" text-anchor=\"middle\">").append(messages.number(v, tickDecimals)).append("</text>\n");
        }
        double zero = valueX(BigDecimal.ZERO);
        int rowTop = top;
        for (Key category : dates) {
            int height = categoryHeight(category);
            List<String> lines = nameLines(category.text());
            double nameTop = rowTop + (height - lines.size() * 14) / 2.0 + 11;
            for (int l = 0; l < lines.size(); l++) {
                svg.append("<text x=\"").append(left - 8).append("\" y=\"").append(coordinate(nameTop + l * 14))
                        .append("\" text-anchor=\"end\">").append(Markup.escape(lines.get(l))).append("</text>\n");
            }
            double barTop = rowTop + (height - spec.series().size() * CATEGORY_BAR) / 2.0;
            for (int i = 0; i < spec.series().size(); i++) {
                Optional<Point> point = valueAt(spec.series().get(i), category);
                if (point.isPresent()) {
                    double end = valueX(point.get().value());
                    boolean negative = point.get().value().signum() < 0;
                    double y = barTop + i * CATEGORY_BAR;
                    svg.append("<rect x=\"").append(coordinate(Math.min(zero, end))).append("\" y=\"").append(coordinate(y + 1))
                            .append("\" width=\"").append(coordinate(Math.abs(end - zero))).append("\" height=\"")
                            .append(CATEGORY_BAR - 2).append("\" fill=\"").append(fill(i)).append("\" stroke=\"")
                            .append(color(i)).append("\"/>\n");
                    svg.append("<text x=\"").append(coordinate(negative ? end - 4 : end + 4)).append("\" y=\"")
                            .append(coordinate(y + CATEGORY_BAR - 4)).append("\" text-anchor=\"")
                            .append(negative ? "end" : "start").append("\">")
                            .append(messages.value(point.get(), spec.decimals())).append("</text>\n");
                }
            }
            rowTop += height;
        }
    }

    /** Where a value lies on a category chart's horizontal axis, leaving room on the right for the labels. */
    private double valueX(BigDecimal value) {
        double fraction = value.subtract(low).doubleValue() / high.subtract(low).doubleValue();
        return left + fraction * (RIGHT - 48 - left);
    }

    private static String color(int index) {
        return COLORS[index % COLORS.length];
    }

    private static String lineStyle(int index) {
        String dash = DASHES[index % DASHES.length];
        return " fill=\"none\" stroke=\"" + color(index) + "\" stroke-width=\"2.5\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    /** The target line over a white halo, so it shows on bars and lines alike. */
    private void target(String d) {
        svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"4\"/>\n");
        svg.append("<path d=\"").append(d).append('"').append(targetStyle()).append("/>\n");
    }

    private static String targetStyle() {
        return " fill=\"none\" stroke=\"" + TARGET_COLOR + "\" stroke-width=\"1.5\" stroke-dasharray=\"" + TARGET_DASH + "\"";
    }

    /** Circle, square, triangle, diamond: the series' shape, so markers differ without colour. */
    private void marker(int index, double cx, double cy) {
        String x = coordinate(cx);
        String y = coordinate(cy);
        String style = " fill=\"" + color(index) + "\" stroke=\"#ffffff\"";
        switch (index % 4) {
            case 0 -> svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"4.5\"").append(style);
            case 1 -> svg.append("<rect x=\"").append(coordinate(cx - 4.5)).append("\" y=\"").append(coordinate(cy - 4.5))
                    .append("\" width=\"9\" height=\"9\"").append(style);
            case 2 -> svg.append("<path d=\"M").append(x).append(' ').append(coordinate(cy - 5.5)).append("L")
                    .append(coordinate(cx + 5.5)).append(' ').append(coordinate(cy + 4.5)).append("H")
                    .append(coordinate(cx - 5.5)).append("Z\"").append(style);
            default -> svg.append("<path d=\"M").append(x).append(' ').append(coordinate(cy - 6)).append("L")
                    .append(coordinate(cx + 6)).append(' ').append(y).append("L").append(x).append(' ')
                    .append(coordinate(cy + 6)).append("L").append(coordinate(cx - 6)).append(' ').append(y).append("Z\"")
                    .append(style);
        }
        svg.append("/>\n");
    }

    /** Lines: by time, so uneven gaps between dates show; bars: one evenly spaced group per date. */
    private double x(int dateIndex) {
        if (spec.kind() == Kind.BAR) {
            double group = (RIGHT - LEFT) / (double) Math.max(1, dates.size());
            return LEFT + group * (dateIndex + 0.5);
        }
        if (dates.size() < 2) {
            return (LEFT + RIGHT) / 2.0;
        }
        long first = day(dates.get(0));
        long span = day(dates.get(dates.size() - 1)) - first;
        return span == 0 ? (LEFT + RIGHT) / 2.0
                : LEFT + INSET + (RIGHT - LEFT - 2.0 * INSET) * (day(dates.get(dateIndex)) - first) / span;
    }

    /** A time key's place in time: the day it ends, when its value is known. */
    private static long day(Key key) {
        return key.last().orElseThrow().toEpochDay();
    }

    private double y(BigDecimal value) {
        double fraction = value.subtract(low).doubleValue() / high.subtract(low).doubleValue();
        return bottom - fraction * plotHeight;
    }

    /** 1, 2 or 5 times a power of ten, giving four to ten grid lines over {@code range}. */
    static BigDecimal niceStep(BigDecimal range) {
        if (range.signum() == 0) {
            return BigDecimal.ONE;
        }
        BigDecimal rough = range.divide(BigDecimal.valueOf(5), 10, RoundingMode.HALF_UP);
        int exponent = rough.precision() - rough.scale() - 1;
        BigDecimal magnitude = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        double normalized = rough.divide(magnitude, 10, RoundingMode.HALF_UP).doubleValue();
        int factor = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10;
        return magnitude.multiply(BigDecimal.valueOf(factor)).stripTrailingZeros();
    }

    private static BigDecimal floor(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    }

    private static BigDecimal ceil(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, RoundingMode.CEILING).multiply(step);
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
