package lupsite.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import lupsite.model.Position;

/** Collects every problem of a run, up to a bound, so an editor sees them all at once but never a flood. */
public final class Problems {

    public static final int LIMIT = 100;

    private final List<Problem> kept = new ArrayList<>();
    private int dropped;

    public synchronized void add(Problem problem) {
        if (kept.size() < LIMIT) {
            kept.add(problem);
        } else {
            dropped++;
        }
    }

    public void error(Position position, String message) {
        add(Problem.error(position, message));
    }

    public void warning(Position position, String message) {
        add(Problem.warning(position, message));
    }

    public synchronized void addAll(Problems other) {
        other.all().forEach(this::add);
        dropped += other.dropped;
    }

    public synchronized boolean hasErrors() {
        return dropped > 0 || kept.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    /** Sorted by file, line and column, the order an editor fixes them in. */
    public synchronized List<Problem> all() {
        return kept.stream()
                .sorted(Comparator.comparing((Problem p) -> p.position().file())
                        .thenComparingInt(p -> p.position().line())
                        .thenComparingInt(p -> p.position().column()))
                .toList();
    }

    /** Every problem added, kept or dropped. */
    public synchronized int count() {
        return kept.size() + dropped;
    }

    public synchronized int dropped() {
        return dropped;
    }
}
