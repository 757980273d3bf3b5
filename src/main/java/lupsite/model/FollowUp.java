package lupsite.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One follow-up (lägesavstämning): the state of the goals and activities on {@code date}, which is known to
 * the day or, for an undated source, only to the month or year. A {@code partial} follow-up records only what
 * its source says and may leave goals and activities out. {@code goalsCaption} heads its goal table and is
 * null when the editor gave none. {@code planVersion} is the id of the version of the plan it reports on;
 * {@code decided} is present once it was decided on and became a record.
 */
public record FollowUp(
        PartialDate date,
        String title,
        boolean partial,
        String goalsCaption,
        Optional<Decision> decision,
        List<String> pageIds,
        Markdown statusNote,
        Markdown summary,
        List<Assessment> goals,
        List<Assessment> activities,
        Position position,
        String planVersion,
        Optional<Decided> decided) {

    public FollowUp {
        pageIds = List.copyOf(pageIds);
        goals = Assessments.of(goals);
        activities = Assessments.of(activities);
    }

    /** Its own texts: summary, status note, every comment and note. */
    public Stream<Markdown> markdown() {
        return Stream.concat(Stream.of(summary, statusNote),
                Stream.concat(goals.stream(), activities.stream()).map(Assessment::text));
    }

    public Optional<Assessment> goal(String goalId) {
        return Assessments.find(goals, goalId);
    }

    public Optional<Assessment> activity(String activityId) {
        return Assessments.find(activities, activityId);
    }
}
