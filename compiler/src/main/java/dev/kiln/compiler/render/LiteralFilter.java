package dev.kiln.compiler.render;

import com.hubspot.jinjava.interpret.InvalidInputException;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.objects.SafeString;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The {@code hcl} and {@code json} filters: print any value as an HCL or JSON literal, so a
 * parameter value is always data and can never add syntax to the rendered file.
 */
final class LiteralFilter implements Filter {

    /** How the message for an undefined input starts, so it is reported as an undefined variable. */
    static final String UNDEFINED = "The value given to the ";

    private final String name;
    private final Function<Object, String> writer;

    private LiteralFilter(String name, Function<Object, String> writer) {
        this.name = name;
        this.writer = writer;
    }

    static LiteralFilter hcl() {
        return new LiteralFilter("hcl", HclLiteral::of);
    }

    /**
     * The {@code json} filter; {@code stringsAreTemplates} says whether the file being rendered
     * reads JSON strings as templates ({@code .pkr.json}) or as they are.
     */
    static LiteralFilter json(BooleanSupplier stringsAreTemplates) {
        return new LiteralFilter(
                "json",
                value -> stringsAreTemplates.getAsBoolean() ? JsonLiteral.ofTemplates(value) : JsonLiteral.of(value));
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Object filter(Object value, JinjavaInterpreter interpreter, String... args) {
        // Jinjava gives a filter null for an undefined name, and does not fail on its own then.
        if (value == null) {
            throw new InvalidInputException(
                    interpreter,
                    name,
                    UNDEFINED + name + " filter is"
                            + " undefined: a name or attribute in the expression does not exist. For an optional value write"
                            + " | default(...) before | " + name + ".");
        }
        Object plain = value instanceof SafeString safe ? safe.toString() : ParamNull.unwrap(value);
        try {
            return writer.apply(plain);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    interpreter, name, "The " + name + " filter cannot write this value: " + e.getMessage() + ".");
        }
    }
}
