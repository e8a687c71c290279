package dev.kiln.cli;

import java.util.Map;

/**
 * Whether output is coloured: only on a terminal, and never when the user said no with
 * {@code -color=false}, {@code NO_COLOR} (no-color.org) or Packer's {@code PACKER_NO_COLOR}.
 */
final class ColorChoice {

    private ColorChoice() {}

    static boolean enabled(boolean colorFlag, Map<String, String> environment, boolean terminal) {
        if (!colorFlag || !terminal) return false;
        return !isSet(environment.get("NO_COLOR")) && !isSet(environment.get("PACKER_NO_COLOR"));
    }

    /** Whether the process writes to a terminal. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isEmpty();
    }
}
