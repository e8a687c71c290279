package dev.kiln.cli;

import dev.kiln.compiler.diag.DiagnosticKind;

/**
 * The diagnostics of dev.kiln.cli: each kind's stable code (see docs/diagnostics.md) and
 * its summary, with {@code %s} where it names something.
 */
public enum CliDiagnostics implements DiagnosticKind {
    CANNOT_CREATE("cli.cannot-create", "Cannot create %s"),
    CANNOT_READ("cli.cannot-read", "Cannot read %s"),
    CANNOT_READ_HCL_DIRECTORY("cli.cannot-read-hcl-directory", "Cannot read hcl directory"),
    CANNOT_READ_STANDARD_INPUT("cli.cannot-read-standard-input", "Cannot read standard input"),
    CANNOT_WRITE("cli.cannot-write", "Cannot write %s"),
    FILE_IS_NOT_A_HCL_FILE("cli.file-is-not-a-hcl-file", "File %s is not a HCL file"),
    NO_TEMPLATE_FOR_VAR_AND_VAR_FILE("cli.no-template-for-var-and-var-file", "No template for -var and -var-file"),
    REFUSING_TO_WRITE_INTO_THE_CONFIGURATION_DIRECTORY(
            "cli.refusing-to-write-into-the-configuration-directory",
            "Refusing to write into the configuration directory"),
    UNKNOWN_FUNCTION("cli.unknown-function", "Unknown function");

    private final String code;
    private final String summary;

    CliDiagnostics(String code, String summary) {
        this.code = code;
        this.summary = summary;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String summary() {
        return summary;
    }
}
