package dev.kiln.cli.build;

import java.util.List;

/** Packer's UI colours, and the order builds get them in. */
public enum AnsiColor {
    RED(31),
    GREEN(32),
    YELLOW(33),
    BLUE(34),
    MAGENTA(35),
    CYAN(36);

    /** Builds cycle through these, as Packer's {@code build} command does. */
    public static final List<AnsiColor> BUILDS = List.of(GREEN, CYAN, MAGENTA, YELLOW, BLUE);

    private final int code;

    AnsiColor(int code) {
        this.code = code;
    }

    /** The colour of the build at {@code index}. */
    public static AnsiColor forBuild(int index) {
        return BUILDS.get(index % BUILDS.size());
    }

    /** {@code text} in bold in this colour (Packer's ColoredUi: {@code ESC[1;Nm ... ESC[0m}). */
    public String bold(String text) {
        return "\033[1;" + code + "m" + text + "\033[0m";
    }
}
