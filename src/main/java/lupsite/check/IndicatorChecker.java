package lupsite.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import lupsite.check.IndicatorCsv.Cell;
import lupsite.load.Node.Entry;
import lupsite.load.Node.ScalarNode;
import lupsite.load.SourceFile;
import lupsite.model.Indicator;
import lupsite.model.Position;
import lupsite.problem.Problems;
import lupsite.problem.Suggestions;

/**
 * Binds an indicator: its metadata from {@code indicators/<id>.yaml} and its values either from that file's
 * {@code values:} or from {@code indicators/<id>.csv} beside it. Both sources become the same rows, so the
 * checks on dates and series are the same whichever the editor chose.
 */
final class IndicatorChecker {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+([.,][0-9]+)?");
    private static final List<String> DATE_HEADERS = List.of("datum", "date");

    /** One value as written: the id of the series it belongs to and the number's text. */
    private record Value(String seriesKey, String text) {
    }

    private record Row(Optional<LocalDate> date, Position datePosition, List<Value> values) {
    }

    private final Problems problems;

    IndicatorChecker(Problems problems) {
        this.problems = problems;
    }

    Indicator indicator(String id, String path, Fields f, Optional<SourceFile> csv) {
        List<Fields> seriesFields = f.list("series");
        Map<String, String> labels = new LinkedHashMap<>();
        seriesFields.forEach(s -> labels.putIfAbsent(s.text("id"), s.text("label")));
        Optional<Position> yamlValues = f.map().entries().stream().filter(e -> e.key().text().equals("values"))
                .findFirst().map(e -> e.key().position());
        List<Row> rows;
        String valuesFile = path;
        if (csv.isPresent() && yamlValues.isPresent()) {
            problems.error(yamlValues.get(), "Värdena står både här och i " + csv.get().path() + ". Ha dem på ett "
                    + "ställe: ta bort values: här eller ta bort CSV-filen.");
            rows = yamlRows(f, labels);
        } else if (csv.isPresent()) {
            rows = csvRows(csv.get(), labels);
            valuesFile = csv.get().path();
        } else if (yamlValues.isPresent()) {
            rows = yamlRows(f, labels);
        } else {
            problems.error(f.position(), "Indikatorn saknar värden. Lägg till values: här eller en fil "
                    + path.replaceAll("\\.yaml$", ".csv") + " med en rad per datum och en kolumn per serie.");
            rows = List.of();
        }
        List<Indicator.Series> series = series(labels, rows);
        Indicator.Chart chart = f.optionalText("chart").filter("bar"::equals).isPresent()
                ? Indicator.Chart.BAR : Indicator.Chart.LINE;
        return new Indicator(id, f.text("title"), f.text("unit"), f.markdown("description"), f.text("source"),
                f.integer("decimals", 1), chart, series, Position.ofFile(path), valuesFile);
    }

    /** A CSV file with no YAML beside it: its metadata is missing. */
    void orphan(SourceFile csv) {
        problems.error(Position.ofFile(csv.path()), "Filen " + csv.path() + " saknar sin beskrivning. Lägg till "
                + csv.path().replaceAll("\\.csv$", ".yaml") + " med title, unit, source och series (se redaktörsguiden).");
    }

    private List<Row> yamlRows(Fields f, Map<String, String> labels) {
        List<Row> rows = new ArrayList<>();
        for (Fields row : f.list("values")) {
            List<Value> values = new ArrayList<>();
            for (Entry entry : row.map().entries()) {
                String key = entry.key().text();
                if (key.equals("date")) {
                    continue;
                }
                if (!labels.containsKey(key)) {
                    problems.error(entry.key().position(), "Serien \"" + key + "\" finns inte under series i den "
                            + "här filen." + Suggestions.closest(key, List.copyOf(labels.keySet()))
                            .map(s -> " Menade du \"" + s + "\"?").orElse(" Lägg till den under series."));
                } else {
                    values.add(new Value(key, ((ScalarNode) entry.value()).text()));
                }
            }
            rows.add(new Row(row.date("date"), row.position("date"), values));
        }
        return rows;
    }

    private List<Row> csvRows(SourceFile csv, Map<String, String> labels) {
        List<List<Cell>> cells = IndicatorCsv.rows(csv, problems);
        if (cells.isEmpty()) {
            problems.error(Position.ofFile(csv.path()), "Filen är tom. Första raden ska vara rubriker: Datum och en "
                    + "kolumn per serie, till exempel Datum;" + String.join(";", labels.keySet()) + ".");
            return List.of();
        }
        List<Cell> header = cells.get(0);
        if (!DATE_HEADERS.contains(header.get(0).text().toLowerCase())) {
            problems.error(header.get(0).position(), "Första kolumnen ska heta Datum; här står \""
                    + header.get(0).text() + "\".");
            return List.of();
        }
        List<Optional<String>> columns = header.stream().skip(1).map(c -> column(c, labels, csv.path())).toList();
        List<Row> rows = new ArrayList<>();
        for (List<Cell> line : cells.subList(1, cells.size())) {
            Cell date = line.get(0);
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
                if (cell.text().isEmpty() || series.isEmpty()) {
                    continue;
                }
                if (!NUMBER.matcher(cell.text()).matches()) {
                    problems.error(cell.position(), "Värdet \"" + cell.text() + "\" är inget tal. Skriv till "
                            + "exempel 7,8 eller 7.8, utan mellanslag; lämna cellen tom om värdet saknas.");
                    continue;
                }
                values.add(new Value(series.get(), cell.text()));
            }
            rows.add(new Row(Fields.date(date.text(), date.position(), problems), date.position(), values));
        }
        return rows;
    }

    /** A header cell names a series by its id or its label (the label is what the site's download writes). */
    private Optional<String> column(Cell cell, Map<String, String> labels, String path) {
        for (Map.Entry<String, String> series : labels.entrySet()) {
            if (series.getKey().equals(cell.text()) || series.getValue().equals(cell.text())) {
                return Optional.of(series.getKey());
            }
        }
        String yaml = path.replaceAll("\\.csv$", ".yaml");
        problems.error(cell.position(), "Kolumnen \"" + cell.text() + "\" är ingen serie i " + yaml + ". Skriv "
                + "seriens id eller namn: " + String.join(", ", labels.entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + ")").toList()) + ".");
        return Optional.empty();
    }

    private List<Indicator.Series> series(Map<String, String> labels, List<Row> rows) {
        Map<String, TreeMap<LocalDate, BigDecimal>> values = new LinkedHashMap<>();
        labels.keySet().forEach(id -> values.put(id, new TreeMap<>()));
        Map<LocalDate, Position> seenDates = new HashMap<>();
        for (Row row : rows) {
            row.date().ifPresent(d -> {
                Position first = seenDates.putIfAbsent(d, row.datePosition());
                if (first != null) {
                    problems.error(row.datePosition(), "Datumet " + d + " finns redan på rad " + first.line()
                            + ". Samla alla värden för ett datum på en rad.");
                    return;
                }
                row.values().forEach(v -> values.get(v.seriesKey()).put(d, new BigDecimal(v.text().replace(',', '.'))));
            });
        }
        return labels.entrySet().stream().map(e -> new Indicator.Series(e.getKey(), e.getValue(),
                values.get(e.getKey()).entrySet().stream()
                        .map(p -> new Indicator.Point(p.getKey(), p.getValue())).toList())).toList();
    }
}
