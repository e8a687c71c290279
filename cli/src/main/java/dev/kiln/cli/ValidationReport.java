package dev.kiln.cli;

import dev.kiln.cli.report.GithubReport;
import dev.kiln.cli.report.JsonReport;
import dev.kiln.cli.report.ReportFormat;
import dev.kiln.cli.report.SarifReport;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.SourceLookup;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * Prints the outcome of a validation in the chosen {@link ReportFormat}: text goes to stderr with
 * a success line on stdout, as Packer does; the machine formats go to stdout alone.
 */
final class ValidationReport {

    private final ReportFormat format;
    private final PrintWriter out;
    private final DiagnosticPrinter text;

    private ValidationReport(ReportFormat format, PrintWriter out, DiagnosticPrinter text) {
        this.format = format;
        this.out = out;
        this.text = text;
    }

    /** The report for {@code -format NAME}, or null after printing an error when the name is unknown. */
    static ValidationReport create(String name, CommandLine command, boolean colorFlag) {
        ReportFormat format = ReportFormat.named(name);
        if (format == null) {
            command.getErr()
                    .println("kiln " + command.getCommandName() + ": invalid value for -format: \"" + name
                            + "\" (expected one of text, json, sarif, github)");
            command.getErr().flush();
            return null;
        }
        boolean colored = ColorChoice.enabled(colorFlag, System.getenv(), ColorChoice.onTerminal());
        return new ValidationReport(format, command.getOut(), new DiagnosticPrinter(command.getErr(), colored));
    }

    /** Prints {@code diagnostics}; with no error, the text format also prints {@code success}. */
    void print(List<Diagnostic> diagnostics, SourceLookup sources, String success) {
        switch (format) {
            case TEXT -> {
                text.print(diagnostics, sources);
                if (diagnostics.stream().noneMatch(Diagnostic::isError)) out.println(success);
            }
            case JSON -> out.print(JsonReport.of(diagnostics));
            case SARIF ->
                out.print(SarifReport.of(
                        diagnostics, sources, KilnVersion.KILN, Path.of("").toAbsolutePath()));
            case GITHUB -> out.print(GithubReport.of(diagnostics, sources));
        }
        out.flush();
    }
}
