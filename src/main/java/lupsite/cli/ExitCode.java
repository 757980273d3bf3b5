package lupsite.cli;

/** The process exit codes, the same for every command; README lists them. */
public enum ExitCode {
    OK(0),
    CONTENT_PROBLEMS(1),
    USAGE(2),
    FAILURE(3);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
