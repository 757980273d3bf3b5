package lupsite.check;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lupsite.load.Node;
import lupsite.load.Node.ListNode;
import lupsite.load.Node.MapNode;
import lupsite.load.Node.ScalarNode;
import lupsite.model.Markdown;
import lupsite.model.PartialDate;
import lupsite.model.Position;
import lupsite.problem.Problems;

/**
 * Typed reads from a mapping that its schema has already accepted, so shapes are known here; what a schema
 * cannot say (a date that does not exist) is reported to {@code problems}.
 */
record Fields(MapNode map, Problems problems) {

    boolean has(String key) {
        return map.get(key).isPresent();
    }

    Optional<ScalarNode> scalar(String key) {
        return map.get(key).map(ScalarNode.class::cast);
    }

    String text(String key) {
        return optionalText(key).orElseThrow(() -> new IllegalStateException("schema requires " + key));
    }

    Optional<String> optionalText(String key) {
        return scalar(key).map(ScalarNode::text);
    }

    Markdown markdown(String key) {
        return scalar(key).map(s -> new Markdown(s.text(), s.valueStart()))
                .orElse(new Markdown("", map.position()));
    }

    /** An integer the schema has held to the int range. */
    int integer(String key, int fallback) {
        return scalar(key).map(s -> s.integer().intValueExact()).orElse(fallback);
    }

    boolean flag(String key) {
        return scalar(key).map(s -> Boolean.parseBoolean(s.text())).orElse(false);
    }

    Optional<Fields> fields(String key) {
        return map.get(key).map(n -> new Fields((MapNode) n, problems));
    }

    List<Fields> list(String key) {
        return map.get(key).map(n -> ((ListNode) n).items().stream()
                .map(item -> new Fields((MapNode) item, problems)).toList()).orElse(List.of());
    }

    List<Integer> integers(String key) {
        return map.get(key).map(n -> ((ListNode) n).items().stream().map(i -> ((ScalarNode) i).integer().intValueExact())
                .toList()).orElse(List.of());
    }

    List<String> texts(String key) {
        return map.get(key).map(n -> ((ListNode) n).items().stream().map(i -> ((ScalarNode) i).text()).toList())
                .orElse(List.of());
    }

    Position position() {
        return map.position();
    }

    Position position(String key) {
        return map.get(key).map(Node::position).orElse(map.position());
    }

    /** Where the key itself stands: the line an editor looks for ("goals:"). */
    Position keyPosition(String key) {
        return map.entries().stream().filter(e -> e.key().text().equals(key)).findFirst()
                .map(e -> e.key().position()).orElse(map.position());
    }

    /** A day that exists in the calendar; "2019-02-30" is reported, not rolled over. */
    Optional<LocalDate> date(String key) {
        return scalar(key).flatMap(s -> date(s, problems));
    }

    static Optional<LocalDate> date(ScalarNode scalar, Problems problems) {
        return date(scalar.text(), scalar.valueStart(), problems);
    }

    static Optional<LocalDate> date(String text, Position at, Problems problems) {
        String[] parts = text.split("-");
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[2])));
        } catch (DateTimeException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            problems.error(at, "Datumet " + text + " finns inte. Skriv ett riktigt "
                    + "datum som ÅÅÅÅ-MM-DD, till exempel 2019-11-18.");
            return Optional.empty();
        }
    }

    /** A year, year-month or full date, each part checked. */
    Optional<PartialDate> partialDate(String key) {
        return scalar(key).flatMap(s -> {
            String[] parts = s.text().split("-");
            int year = Integer.parseInt(parts[0]);
            int month = parts.length > 1 ? Integer.parseInt(parts[1]) : PartialDate.UNKNOWN;
            int day = parts.length > 2 ? Integer.parseInt(parts[2]) : PartialDate.UNKNOWN;
            if (month != PartialDate.UNKNOWN && (month < 1 || month > 12)) {
                problems.error(s.valueStart(), "Månaden i " + s.text() + " finns inte. Skriv ÅÅÅÅ-MM med MM mellan 01 och 12.");
                return Optional.empty();
            }
            if (day != PartialDate.UNKNOWN && date(s, problems).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PartialDate(year, month, day));
        });
    }

    /** 1.0, 1,0 or 1: decimal comma and point are both accepted, as editors write either. */
    static BigDecimal decimal(ScalarNode scalar) {
        return new BigDecimal(scalar.text().replace(',', '.'));
    }
}
