package dev.kiln.cli.report;

/** How {@code validate} reports diagnostics: for people, for programs, or for CI systems. */
public enum ReportFormat {
    /** HCL's text format on stderr (the default). */
    TEXT,
    /** A JSON array of diagnostics on stdout (see docs/cli.md). */
    JSON,
    /** A SARIF 2.1.0 log on stdout, for GitHub code scanning and other SARIF consumers. */
    SARIF,
    /** GitHub Actions workflow commands ({@code ::error file=...::}) on stdout, shown as annotations. */
    GITHUB;

    /** The format named {@code name} (case-insensitive), or null. */
    public static ReportFormat named(String name) {
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) return format;
        }
        return null;
    }
}
