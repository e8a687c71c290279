package dev.kiln.cli;

/** The one place that says which kiln this is and which Packer it follows. */
public final class KilnVersion {

    /** kiln's own version; keep in step with the Maven project version when releasing. */
    public static final String KILN = "0.1.0";

    /** The Packer release whose templates and CLI behaviour kiln reproduces. */
    public static final String PACKER_COMPATIBLE = "1.16";

    /** The line printed by {@code kiln version} and {@code kiln --version}. */
    public static final String LINE = "kiln " + KILN + " (Packer " + PACKER_COMPATIBLE + " compatible)";

    private KilnVersion() {}
}
