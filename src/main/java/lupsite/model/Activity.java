package lupsite.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An activity decided in the plan, belonging to one focus area; {@code responsible} is who carries it out (a
 * unit or role as shown, null when the plan names nobody), {@code start} and {@code due} when it runs (each null
 * when not given); {@code lifecycle} and {@code earlier} as for {@link Goal}.
 */
public record Activity(String id, String areaId, Markdown text, String responsible, PartialDate start, PartialDate due,
                       Position position, Lifecycle lifecycle, List<Earlier<Activity>> earlier) {

    /** What an activity past its due date may be without being late. */
    private static final Set<Status.Meaning> FINISHED = EnumSet.of(Status.Meaning.DONE, Status.Meaning.ENDED,
            Status.Meaning.NOT_PRIORITISED);

    public Activity {
        earlier = List.copyOf(earlier);
    }

    /** The same activity shown under another area (its own area was merged into that one). */
    public Activity under(String otherAreaId) {
        return new Activity(id, otherAreaId, text, responsible, start, due, position, lifecycle, earlier);
    }

    /**
     * Late ("försenad") at a follow-up dated {@code at} with {@code status}: its due date ended before the
     * follow-up's first day and the status does not say it was done, ended or set aside (no status does not either).
     */
    public boolean overdue(PartialDate at, Optional<Status> status) {
        return due != null && due.lastDay().isBefore(at.firstDay())
                && status.map(Status::meaning).filter(FINISHED::contains).isEmpty();
    }
}
