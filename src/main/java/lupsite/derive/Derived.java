package lupsite.derive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lupsite.model.Content;
import lupsite.model.Decided;
import lupsite.model.FollowUp;
import lupsite.model.Markdown;
import lupsite.model.PartialDate;

/**
 * What follows from the content: the plan as it stands now ({@code current}: its current version, all data),
 * each follow-up as it stood at its date ({@code atFollowUp}), and what changed at each follow-up.
 * {@code content} is everything, every goal and area the plan has ever had included.
 */
public record Derived(
        Content content,
        Snapshot current,
        Map<PartialDate, Snapshot> atFollowUp,
        Map<PartialDate, List<Change>> changesByFollowUp,
        Map<String, Snapshot> byFolder,
        Set<PartialDate> archived) {

    public Derived {
        atFollowUp = Map.copyOf(atFollowUp);
        changesByFollowUp = Map.copyOf(changesByFollowUp);
        byFolder = Map.copyOf(byFolder);
        archived = Set.copyOf(archived);
    }

    /** {@code archived}: the decided follow-ups that say what their archive says, so their archived PDF is theirs. */
    public Derived(Content content, Snapshot current, Map<PartialDate, Snapshot> atFollowUp,
                   Map<PartialDate, List<Change>> changesByFollowUp, Set<PartialDate> archived) {
        this(content, current, atFollowUp, changesByFollowUp, folders(content, atFollowUp), archived);
    }

    /** The decided follow-up's archived PDF, when what it says now is what its archive says. */
    public Optional<String> archivedPdf(FollowUp followUp) {
        return archived.contains(followUp.date())
                ? followUp.decided().flatMap(Decided::archive).map(Decided.Archive::pdf) : Optional.empty();
    }

    private static Map<String, Snapshot> folders(Content content, Map<PartialDate, Snapshot> atFollowUp) {
        Map<String, Snapshot> folders = new HashMap<>();
        content.followUps().forEach(f -> folders.put(folder(f.position().file()), atFollowUp.get(f.date())));
        return folders;
    }

    private static String folder(String file) {
        return file.substring(0, Math.max(0, file.lastIndexOf('/')));
    }

    /**
     * The follow-up whose own text {@code text} is (its summary, a comment): its figures are that follow-up's
     * wherever it is shown. Empty for every other text, whose figures are those of the moment it is shown at.
     */
    public Optional<Snapshot> ownerOf(Markdown text) {
        return Optional.ofNullable(byFolder.get(folder(text.origin().file())));
    }

    /** A measurable goal evaluated on all the data there is now. */
    public Optional<TargetResult> target(String goalId) {
        return current.target(goalId);
    }

    /** Everything as it stood at {@code followUp}. */
    public Snapshot at(FollowUp followUp) {
        return atFollowUp.get(followUp.date());
    }

    public List<Change> changes(PartialDate followUp) {
        return changesByFollowUp.getOrDefault(followUp, List.of());
    }
}
