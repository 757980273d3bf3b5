package lupsite.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import lupsite.model.Position;
import lupsite.problem.Problem.Severity;

/**
 * Collects every problem of a run, up to a bound, so an editor sees them all at once but never a flood. When
 * the bound is reached an error still displaces a kept warning: warnings must never hide an error.
 */
public final class Problems {

    public static final int LIMIT = 100;

    private final List<Problem> kept = new ArrayList<>();
    private int droppedErrors;
    private int droppedWarnings;

    public synchronized void add(Problem problem) {
        if (kept.size() < LIMIT) {
            kept.add(problem);
        } else if (problem.severity() == Severity.ERROR && lastWarning() >= 0) {
            kept.remove(lastWarning());
            kept.add(problem);
            droppedWarnings++;
        } else if (problem.severity() == Severity.ERROR) {
            droppedErrors++;
        } else {
            droppedWarnings++;
        }
    }

    private int lastWarning() {
        for (int i = kept.size() - 1; i >= 0; i--) {
            if (kept.get(i).severity() == Severity.WARNING) {
                return i;
            }
        }
        return -1;
    }

    public void error(Position position, String message) {
        add(Problem.error(position, message));
    }

    public void warning(Position position, String message) {
        add(Problem.warning(position, message));
    }

    public synchronized boolean hasErrors() {
        return errorCount() > 0;
    }

    /** True when an error was reported in {@code pathPrefix}: a file, or a folder ending in a slash. */
    public synchronized boolean hasErrorIn(String pathPrefix) {
        return kept.stream().anyMatch(p -> p.severity() == Severity.ERROR && p.position().file().startsWith(pathPrefix));
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
        return kept.size() + dropped();
    }

    /** Every error added, kept or dropped. */
    public synchronized int errorCount() {
        return (int) kept.stream().filter(p -> p.severity() == Severity.ERROR).count() + droppedErrors;
    }

    /** Every warning added, kept or dropped. */
    public synchronized int warningCount() {
        return count() - errorCount();
    }

    public synchronized int dropped() {
        return droppedErrors + droppedWarnings;
    }
}
