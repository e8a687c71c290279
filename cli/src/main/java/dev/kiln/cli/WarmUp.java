package dev.kiln.cli;

import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.stdlib.functions.PackerFunctions;
import java.util.Set;

/**
 * Start-up work done on the second core while the first parses the command line and reads the
 * template: initialising the ANTLR lexer and parser (their state machines are deserialised when
 * the classes load), the function catalog and the plugin schemas. The main thread would do the
 * same a few milliseconds later; Java's class initialisation makes whichever thread comes second
 * wait for the first, so nothing is done twice and the result is the same. Only commands that
 * read templates start it: {@code --help} and {@code version} stay lean.
 */
final class WarmUp {

    private static final Set<String> TEMPLATE_COMMANDS =
            Set.of("validate", "inspect", "build", "console", "fmt", "render");
    private static final Set<String> EVALUATING_COMMANDS = Set.of("validate", "inspect", "build", "console");

    private WarmUp() {}

    /** Starts the warm-up for the command named first in {@code args}, if it reads templates. */
    static void startFor(String[] args) {
        String command = args.length == 0 ? "" : args[0];
        if (!TEMPLATE_COMMANDS.contains(command)) return;
        boolean evaluates = EVALUATING_COMMANDS.contains(command);
        Thread thread = new Thread(() -> warm(evaluates), "kiln-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void warm(boolean evaluates) {
        try {
            HclParser.initialise();
            if (evaluates) {
                PackerFunctions.catalog();
                Class.forName(PluginCatalog.class.getName());
            }
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            // Only an optimisation: the main thread meets (and reports) any real problem itself.
        }
    }
}
