package dev.kiln.cli;

/** Process exit codes; the values are Packer's, except {@link #INTERNAL_ERROR}. */
public final class ExitCode {

    /** Success. */
    public static final int OK = 0;

    /** User error: bad flags, invalid template, failed build. */
    public static final int ERROR = 1;

    /** {@code fmt -check} found files that are not formatted. */
    public static final int FMT_CHECK_FAILED = 3;

    /** No subcommand or an unknown one (mitchellh/cli's convention, kept by Packer). */
    public static final int UNKNOWN_COMMAND = 127;

    /** An exception escaped a command: a kiln bug (sysexits EX_SOFTWARE), never a user error. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCode() {}
}
