package lupsite.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * When parts of the content last changed, from the git history of the repository the content folder is in:
 * the committer's date of the newest commit on HEAD that touched each folder. Never the clock or file
 * times, so a rebuild of the same commit shows the same dates. Outside a git repository, or for a folder
 * no commit touched, there is no date.
 */
public final class GitHistory {

    private GitHistory() {
    }

    /**
     * For each content-relative {@code folders} entry (e.g. {@code followups/2019-11-18}), the day of the last
     * commit that changed a file in it; folders without one are absent.
     */
    public static Map<String, LocalDate> lastChanged(Path contentDir, Collection<String> wanted) {
        Set<String> folders = Set.copyOf(wanted);
        Map<String, LocalDate> found = new HashMap<>();
        if (folders.isEmpty()) {
            return found;
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(contentDir.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return found;
        }
        try (Repository repository = builder.setMustExist(true).build();
             RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve("HEAD");
            if (head == null || repository.isBare()) {
                return found;
            }
            String prefix = repository.getWorkTree().toPath().toRealPath()
                    .relativize(contentDir.toRealPath()).toString().replace('\\', '/');
            String base = prefix.isEmpty() ? "" : prefix + "/";
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                try (TreeWalk changes = new TreeWalk(repository)) {
                    changes.setRecursive(true);
                    TreeFilter changed = TreeFilter.ANY_DIFF;
                    changes.setFilter(prefix.isEmpty() ? changed : AndTreeFilter.create(PathFilter.create(prefix), changed));
                    if (commit.getParentCount() > 0) {
                        changes.addTree(walk.parseCommit(commit.getParent(0)).getTree());
                    } else {
                        changes.addTree(new EmptyTreeIterator());
                    }
                    changes.addTree(commit.getTree());
                    LocalDate day = commit.getCommitterIdent().getWhenAsInstant()
                            .atZone(commit.getCommitterIdent().getZoneId()).toLocalDate();
                    while (changes.next()) {
                        String path = changes.getPathString().substring(base.length());
                        for (String folder : folders) {
                            if (path.startsWith(folder + "/")) {
                                found.putIfAbsent(folder, day);
                            }
                        }
                    }
                }
                if (found.size() == folders.size()) {
                    break;
                }
            }
        } catch (IOException e) {
            // A damaged or unreadable repository: show no dates rather than fail the build over a caption.
            found.clear();
        }
        return found;
    }

    /**
     * The top folder of the git work tree {@code folder} is in (where {@code .git} is), or empty outside one, in
     * a bare repository or when it cannot be read.
     */
    public static Optional<Path> workTree(Path folder) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            builder.setup();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(builder.getWorkTree()).map(java.io.File::toPath);
    }
}
