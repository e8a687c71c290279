package dev.kiln.compiler.render;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** One parameter option from the command line: a JSON file ({@code --params}) or one value ({@code --param}). */
public sealed interface ParamSpec {

    /** {@code --params [NAME=]FILE.json}: the file's object merged into {@code params}, or under {@code params.NAME}. */
    record File(List<String> under, Path file) implements ParamSpec {
        public File {
            under = List.copyOf(under);
        }
    }

    /** {@code --param key.path=value}: one string value ({@code true}, {@code false}, {@code null} are literals). */
    record Value(List<String> path, Object value) implements ParamSpec {
        public Value {
            path = List.copyOf(path);
        }
    }

    /** A dotted name: identifiers of letters, digits, {@code _} and {@code -}. */
    Pattern DOTTED = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(?:\\.[A-Za-z_][A-Za-z0-9_-]*)*");

    /** Reads a {@code --params} argument; {@code NAME=FILE} when what precedes {@code =} is a dotted name. */
    static ParamSpec params(String argument) {
        int eq = argument.indexOf('=');
        if (eq > 0 && DOTTED.matcher(argument.substring(0, eq)).matches()) {
            return new File(Arrays.asList(argument.substring(0, eq).split("\\.")), Path.of(argument.substring(eq + 1)));
        }
        return new File(List.of(), Path.of(argument));
    }

    /** Reads a {@code --param key.path=value} argument; null when it has no {@code =} or a bad key. */
    static ParamSpec param(String argument) {
        int eq = argument.indexOf('=');
        if (eq <= 0 || !DOTTED.matcher(argument.substring(0, eq)).matches()) return null;
        String text = argument.substring(eq + 1);
        Object value = switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> text;
        };
        return new Value(Arrays.asList(argument.substring(0, eq).split("\\.")), value);
    }
}
