package dev.kiln.runtime.plugin;

import java.util.List;

/**
 * A plugin's configuration is wrong in a way only the running host can tell (a script that does
 * not exist, a duration that does not parse). Carries every problem, worded as Packer words it.
 */
public final class PluginConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> errors;

    /** The problems, at least one. */
    public PluginConfigException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    /** Each problem on its own. */
    public List<String> errors() {
        return errors;
    }

    /** Throws when {@code errors} is not empty. */
    public static void throwIfAny(List<String> errors) throws PluginConfigException {
        if (!errors.isEmpty()) throw new PluginConfigException(errors);
    }
}
