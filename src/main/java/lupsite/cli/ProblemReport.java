package lupsite.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import lupsite.pipeline.Pipeline;
import lupsite.problem.Problem;
import lupsite.problem.Problems;

/** Prints problems as {@code content/<file>:<line>:<col>: ...} and a one-line tally. */
final class ProblemReport {

    private ProblemReport() {
    }

    /** The content folder as problems are printed with it: "content/". */
    static String prefix(Path contentDir) {
        String prefix = contentDir.toString().replace('\\', '/');
        return prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
    }

    /** Checks the content after a command changed it, prints what check would, and gives the exit code. */
    static int checkAfterEdit(Path contentDir, PrintWriter err) {
        Problems problems = new Problems();
        boolean ok = Pipeline.check(contentDir, problems).isPresent();
        print(problems, contentDir, err);
        return ok ? ExitCode.OK.code : ExitCode.CONTENT_PROBLEMS.code;
    }

    static void print(Problems problems, Path contentDir, PrintWriter err) {
        String prefix = prefix(contentDir);
        for (Problem problem : problems.all()) {
            err.println(problem.format(prefix));
        }
        if (problems.dropped() > 0) {
            err.println("... och " + problems.dropped() + " problem till (de första " + Problems.LIMIT + " visas).");
        }
        int errors = problems.errorCount();
        int warnings = problems.warningCount();
        if (errors + warnings > 0) {
            err.println(errors + " fel, " + warnings + (warnings == 1 ? " varning." : " varningar."));
        }
        err.flush();
    }
}
