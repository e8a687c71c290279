package dev.kiln.compiler.diag;

/** How bad a diagnostic is: an error stops the command, a warning is shown and ignored. */
public enum Severity {
    ERROR("Error"),
    WARNING("Warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word that starts the rendered diagnostic ("Error", "Warning"). */
    public String label() {
        return label;
    }
}
