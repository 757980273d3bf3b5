package lupsite.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lupsite.check.IndicatorCsv.Cell;
import lupsite.load.BinaryFile;
import lupsite.load.Node.Entry;
import lupsite.load.Node.ScalarNode;
import lupsite.load.SourceFile;
import lupsite.model.Indicator;
import lupsite.model.Indicator.Key;
import lupsite.model.Position;
import lupsite.problem.Problems;
import lupsite.problem.Suggestions;

/**
 * Binds an indicator: its metadata from {@code indicators/<id>.yaml} and its values from one of that file's
 * {@code values:} (by date) or {@code categories:}, {@code indicators/<id>.csv} or {@code indicators/<id>.xlsx}
 * beside it. Every source becomes the same rows, so the checks on keys, numbers and series are the same whichever
 * the editor chose.
 */
final class IndicatorChecker {

    /**
     * A number as editors and Excel write it: decimal comma or point, thousands grouped by a space, a no-break
     * space or a narrow no-break space ("1 840"), a hyphen or minus sign, and "ca" before an approximate value ("ca 1 840").
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?i)(ca\\.?[ \u00A0]?)?([-−]?)([0-9]{1,3}(?:[ \u00A0\u202F][0-9]{3})+|[0-9]+)(?:[.,]([0-9]+))?");
    private static final Pattern GROUPING = Pattern.compile("[ \u00A0\u202F]");
    /** Significant digits in a value: what a double, so the charts, Excel and most readers of open data, keep exactly. */
    private static final int DIGITS = 15;
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern PERIOD = Pattern.compile("([0-9]{4}) ?[-–] ?([0-9]{4})");
    private static final List<String> TIME_HEADERS = List.of("datum", "date", "år", "year", "månad", "month", "period");
    private static final List<String> CATEGORY_HEADERS = List.of("kategori", "category");

    /** One value as written: the id of the series it belongs to, the number's text and where it stands. */
    private record Value(String seriesKey, String text, Position position) {
    }

    private record Row(Optional<Key> key, Position keyPosition, List<Value> values) {
    }

    private final Problems problems;

    IndicatorChecker(Problems problems) {
        this.problems = problems;
    }

    Indicator indicator(String id, String path, Fields f, Optional<SourceFile> csv, Optional<BinaryFile> workbook) {
        Map<String, String> labels = new LinkedHashMap<>();
        f.list("series").forEach(s -> labels.putIfAbsent(s.text("id"), s.text("label")));
        Optional<Position> yamlValues = keyOf(f, "values");
        Optional<Position> yamlCategories = keyOf(f, "categories");
        if (yamlValues.isPresent() && yamlCategories.isPresent()) {
            problems.error(yamlCategories.get(), "Värdena står både under values: och categories:. En indikator har "
                    + "antingen värden per datum (values:) eller per kategori (categories:); ta bort det ena.");
        }
        Optional<Position> inYaml = yamlValues.or(() -> yamlCategories);
        if (csv.isPresent() && workbook.isPresent()) {
            problems.error(Position.ofFile(workbook.get().path()), "Värdena står både i " + csv.get().path() + " och i "
                    + workbook.get().path() + ". Ha dem på ett ställe: ta bort den ena filen.");
        }
        Optional<String> file = csv.map(SourceFile::path).or(() -> workbook.map(BinaryFile::path));
        if (file.isPresent() && inYaml.isPresent()) {
            problems.error(inYaml.get(), "Värdena står både här och i " + file.get() + ". Ha dem på ett ställe: ta bort "
                    + (yamlValues.isPresent() ? "values:" : "categories:") + " här eller ta bort "
                    + (csv.isPresent() ? "CSV-filen." : "Excel-filen."));
        }
        List<Row> rows;
        String valuesFile = path;
        if (inYaml.isPresent()) {
            rows = yamlValues.isPresent() ? yamlRows(f, "values", labels) : yamlRows(f, "categories", labels);
        } else if (csv.isPresent()) {
            rows = tableRows(IndicatorCsv.rows(csv.get(), problems), csv.get().path(), labels);
            valuesFile = csv.get().path();
        } else if (workbook.isPresent()) {
            Optional<String> sheet = f.optionalText("sheet");
            rows = IndicatorWorkbook.rows(workbook.get(), sheet, f.position("sheet"), problems)
                    .map(cells -> tableRows(cells, workbook.get().path(), labels)).orElse(List.of());
            valuesFile = workbook.get().path();
        } else {
            problems.error(f.position(), "Indikatorn saknar värden. Lägg till values: här eller en fil "
                    + path.replaceAll("\\.yaml$", ".csv") + " med en rad per datum och en kolumn per serie.");
            rows = List.of();
        }
        TreeSet<Key> keys = new TreeSet<>();
        List<Indicator.Series> series = series(labels, rows, keys);
        boolean categorical = !keys.isEmpty() && keys.first().kind() == Key.Kind.CATEGORY;
        Optional<String> chartName = f.optionalText("chart");
        if (categorical && chartName.filter("line"::equals).isPresent()) {
            problems.error(f.position("chart"), "Värden per kategori ritas alltid som stapeldiagram. Ta bort chart: "
                    + "line.");
        }
        Indicator.Chart chart = categorical || chartName.filter("bar"::equals).isPresent()
                ? Indicator.Chart.BAR : Indicator.Chart.LINE;
        return new Indicator(id, f.text("title"), f.text("unit"), f.markdown("description"), f.text("source"),
                f.date("retrieved"), f.integer("decimals", 1), chart, List.copyOf(keys), series, Position.ofFile(path),
                valuesFile);
    }

    private static Optional<Position> keyOf(Fields f, String key) {
        return f.map().entries().stream().filter(e -> e.key().text().equals(key)).findFirst().map(e -> e.key().position());
    }

    /** A values file with no YAML beside it: its metadata is missing. */
    void orphan(String file) {
        problems.error(Position.ofFile(file), "Filen " + file + " saknar sin beskrivning. Lägg till "
                + file.replaceAll("\\.(csv|xlsx)$", ".yaml") + " med title, unit, source och series (se redaktörsguiden).");
    }

    /** {@code values:} (a {@code date:} per row) or {@code categories:} (a {@code category:} per row). */
    private List<Row> yamlRows(Fields f, String listKey, Map<String, String> labels) {
        boolean categories = listKey.equals("categories");
        String keyName = categories ? "category" : "date";
        List<Row> rows = new ArrayList<>();
        List<Fields> items = f.list(listKey);
        for (int i = 0; i < items.size(); i++) {
            Fields row = items.get(i);
            List<Value> values = new ArrayList<>();
            for (Entry entry : row.map().entries()) {
                String key = entry.key().text();
                if (key.equals(keyName)) {
                    continue;
                }
                if (!labels.containsKey(key)) {
                    problems.error(entry.key().position(), "Serien \"" + key + "\" finns inte under series i den "
                            + "här filen." + Suggestions.closest(key, List.copyOf(labels.keySet()))
                            .map(s -> " Menade du \"" + s + "\"?").orElse(" Lägg till den under series."));
                } else {
                    ScalarNode value = (ScalarNode) entry.value();
                    values.add(new Value(key, value.text(), value.valueStart()));
                }
            }
            Optional<ScalarNode> keyNode = row.scalar(keyName);
            Position at = keyNode.map(ScalarNode::valueStart).orElse(row.position());
            int order = i;
            Optional<Key> key = keyNode.flatMap(k -> categories ? category(k.text(), order, at) : timeKey(k.text(), at));
            rows.add(new Row(key, at, values));
        }
        return rows;
    }

    /** Rows of a CSV file or a worksheet: a header naming the key column and the series, then one row per key. */
    private List<Row> tableRows(List<List<Cell>> cells, String file, Map<String, String> labels) {
        if (cells.isEmpty()) {
            problems.error(Position.ofFile(file), "Filen är tom. Första raden ska vara rubriker: Datum och en "
                    + "kolumn per serie, till exempel Datum;" + String.join(";", labels.keySet()) + ".");
            return List.of();
        }
        List<Cell> header = cells.get(0);
        String first = header.get(0).text().toLowerCase();
        boolean categories = CATEGORY_HEADERS.contains(first);
        if (!categories && !TIME_HEADERS.contains(first)) {
            problems.error(header.get(0).position(), "Första kolumnen ska heta Datum (eller Kategori när värdena är "
                    + "per kategori); här står \"" + header.get(0).text() + "\".");
            return List.of();
        }
        List<Optional<String>> columns = columns(header, labels, file);
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < cells.size(); r++) {
            List<Cell> line = cells.get(r);
            Cell keyCell = line.get(0);
            if (line.size() > header.size()) {
                problems.error(line.get(header.size()).position(), "Raden har " + line.size() + " värden men "
                        + "rubrikraden har " + header.size() + " kolumner. Skriver du decimalkomma, avgränsa "
                        + "kolumnerna med semikolon (;).");
                continue;
            }
            List<Value> values = new ArrayList<>();
            for (int i = 1; i < line.size(); i++) {
                Cell cell = line.get(i);
                Optional<String> series = columns.get(i - 1);
                if (!cell.text().isEmpty() && series.isPresent()) {
                    values.add(new Value(series.get(), cell.text(), cell.position()));
                }
            }
            Optional<Key> key = categories ? category(keyCell.text(), r, keyCell.position())
                    : timeKey(keyCell.text(), keyCell.position());
            rows.add(new Row(key, keyCell.position(), values));
        }
        return rows;
    }

    /**
     * The series each header cell after the first names, by its id or its label (the label is what the site's
     * download writes). A series named twice would have its first column's values silently replaced.
     */
    private List<Optional<String>> columns(List<Cell> header, Map<String, String> labels, String file) {
        Map<String, Cell> seen = new HashMap<>();
        List<Optional<String>> columns = new ArrayList<>();
        for (Cell cell : header.subList(1, header.size())) {
            Optional<String> series = column(cell, labels, file);
            Cell earlier = series.map(s -> seen.putIfAbsent(s, cell)).orElse(null);
            if (earlier != null) {
                problems.error(cell.position(), "Kolumnen \"" + cell.text() + "\" är samma serie (" + series.get()
                        + ") som kolumnen \"" + earlier.text() + "\" före den. Varje serie får bara ha en kolumn; ta "
                        + "bort den ena.");
                series = Optional.empty();
            }
            columns.add(series);
        }
        return columns;
    }

    private Optional<String> column(Cell cell, Map<String, String> labels, String file) {
        for (Map.Entry<String, String> series : labels.entrySet()) {
            if (series.getKey().equals(cell.text()) || series.getValue().equals(cell.text())) {
                return Optional.of(series.getKey());
            }
        }
        String yaml = file.replaceAll("\\.(csv|xlsx)$", ".yaml");
        problems.error(cell.position(), "Kolumnen \"" + cell.text() + "\" är ingen serie i " + yaml + ". Skriv "
                + "seriens id eller namn: " + String.join(", ", labels.entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + ")").toList()) + ".");
        return Optional.empty();
    }

    private Optional<Key> category(String text, int order, Position at) {
        if (text.isBlank()) {
            problems.error(at, "Kategorin saknas. Skriv kategorins namn, till exempel \"Ja, helt\", i första kolumnen.");
            return Optional.empty();
        }
        return Optional.of(Key.category(text.strip(), order));
    }

    /** A day, a month, a year or a period of years; each part checked. */
    private Optional<Key> timeKey(String text, Position at) {
        String written = text.strip();
        Matcher month = MONTH.matcher(written);
        Matcher period = PERIOD.matcher(written);
        if (YEAR.matcher(written).matches()) {
            return Optional.of(Key.year(Integer.parseInt(written)));
        }
        if (month.matches()) {
            int m = Integer.parseInt(month.group(2));
            if (m < 1 || m > 12) {
                problems.error(at, "Månaden i " + written + " finns inte. Skriv ÅÅÅÅ-MM med MM mellan 01 och 12.");
                return Optional.empty();
            }
            return Optional.of(Key.month(YearMonth.of(Integer.parseInt(month.group(1)), m)));
        }
        if (period.matches()) {
            int from = Integer.parseInt(period.group(1));
            int to = Integer.parseInt(period.group(2));
            if (from >= to) {
                problems.error(at, "Perioden " + written + " slutar inte efter att den börjar. Skriv det tidigare året "
                        + "först, till exempel 2012–2017.");
                return Optional.empty();
            }
            return Optional.of(Key.period(from, to));
        }
        if (DAY.matcher(written).matches()) {
            return Fields.date(written, at, problems).map(Key::day);
        }
        problems.error(at, "\"" + written + "\" är inget datum. Skriv ett datum som 2019-09-30, en månad som "
                + "2019-09, ett år som 2019 eller en period som 2012–2017.");
        return Optional.empty();
    }

    private List<Indicator.Series> series(Map<String, String> labels, List<Row> rows, TreeSet<Key> keys) {
        Map<String, List<Indicator.Point>> values = new LinkedHashMap<>();
        labels.keySet().forEach(id -> values.put(id, new ArrayList<>()));
        Map<String, Position> seen = new HashMap<>();
        for (Row row : rows) {
            Map<String, Indicator.Point> parsed = new LinkedHashMap<>();
            for (Value v : row.values()) {
                Matcher number = NUMBER.matcher(v.text().strip());
                if (!number.matches()) {
                    problems.error(v.position(), "Värdet \"" + v.text() + "\" är inget tal. Skriv till exempel 7,8, "
                            + "7.8, 1 840 eller ca 1 840; lämna cellen tom om värdet saknas.");
                    continue;
                }
                String digits = GROUPING.matcher(number.group(3)).replaceAll("");
                BigDecimal value = new BigDecimal((number.group(2).isEmpty() ? "" : "-") + digits
                        + (number.group(4) == null ? "" : "." + number.group(4)));
                if (value.precision() > DIGITS) {
                    problems.error(v.position(), "Värdet \"" + v.text() + "\" har fler än " + DIGITS + " siffror. Så "
                            + "många kan diagrammen och Excel inte visa exakt: avrunda talet eller byt till en större "
                            + "enhet (till exempel tusental).");
                    continue;
                }
                row.key().ifPresent(key -> parsed.put(v.seriesKey(), new Indicator.Point(key, value, number.group(1) != null)));
            }
            if (row.key().isEmpty()) {
                continue;
            }
            Key key = row.key().get();
            Position first = seen.putIfAbsent(key.text(), row.keyPosition());
            if (first != null) {
                problems.error(row.keyPosition(), (key.kind() == Key.Kind.CATEGORY ? "Kategorin \"" + key.text() + "\""
                        : "Datumet " + key.text()) + " finns redan på rad " + first.line() + ". Samla alla värden för "
                        + (key.kind() == Key.Kind.CATEGORY ? "en kategori" : "ett datum") + " på en rad.");
                continue;
            }
            parsed.forEach((seriesKey, point) -> values.get(seriesKey).add(point));
            if (!parsed.isEmpty()) {
                keys.add(key);
            }
        }
        return labels.entrySet().stream()
                .map(e -> new Indicator.Series(e.getKey(), e.getValue(), values.get(e.getKey()))).toList();
    }
}
