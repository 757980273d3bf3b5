package lupsite.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A follow-up's assessments in file order, immutable, with a lookup by subject id built once: pages ask
 * for every activity at every follow-up, and a search of the list each time is quadratic at 10,000
 * activities (measured: 90 % of a 60-second build). Equal to any list with the same elements.
 */
final class Assessments extends AbstractList<Assessment> implements RandomAccess {

    private final List<Assessment> items;
    private final Map<String, Assessment> bySubject = new HashMap<>();

    private Assessments(List<Assessment> items) {
        this.items = List.copyOf(items);
        this.items.forEach(a -> bySubject.putIfAbsent(a.subjectId(), a));
    }

    static List<Assessment> of(List<Assessment> items) {
        return items instanceof Assessments ? items : new Assessments(items);
    }

    static Optional<Assessment> find(List<Assessment> assessments, String subjectId) {
        return Optional.ofNullable(((Assessments) assessments).bySubject.get(subjectId));
    }

    @Override
    public Assessment get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
