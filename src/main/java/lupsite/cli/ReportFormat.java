package lupsite.cli;

import java.util.Locale;

/** How {@code check --format} writes the problems, for the system that shows them (docs/dev/ci.md). */
enum ReportFormat {
    /** content/plan.yaml:3:7: ..., for people; the default. */
    TEXT,
    /** GitHub Actions workflow commands: an annotation on the line in the pull request. */
    GITHUB,
    /** A GitLab Code Quality report: the problems in the merge request. */
    GITLAB,
    /** Azure Pipelines logging commands: the problems in the run's summary and the pull request. */
    AZURE,
    /** A documented, versioned structure for other tools. */
    JSON;

    /** As written on the command line: {@code --format github}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
