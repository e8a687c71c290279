package dev.kiln.compiler.render;

import com.hubspot.jinjava.interpret.InvalidInputException;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps a Jinjava filter that pads to a width ({@code indent}, {@code center}, {@code format}) so a
 * width beyond the output limit is refused before the padding is allocated: Jinjava checks the
 * output size only after a filter has built its result.
 */
final class BoundedFilter implements Filter {

    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d*)?([eE][+-]?\\d+)?");

    private final Filter filter;
    private final long maxWidth;
    private final boolean widthsInInput;

    /** {@code widthsInInput}: the input is a format string whose widths count too ({@code format}). */
    BoundedFilter(Filter filter, long maxWidth, boolean widthsInInput) {
        this.filter = filter;
        this.maxWidth = maxWidth;
        this.widthsInInput = widthsInInput;
    }

    @Override
    public String getName() {
        return filter.getName();
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
        for (String arg : args) check(arg, interpreter);
        if (widthsInInput && var != null) check(String.valueOf(var), interpreter);
        return filter.filter(var, interpreter, args);
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
        for (Object arg : args) check(arg == null ? null : String.valueOf(arg), interpreter);
        for (Object arg : kwargs.values()) check(arg == null ? null : String.valueOf(arg), interpreter);
        if (widthsInInput && var != null) check(String.valueOf(var), interpreter);
        return filter.filter(var, interpreter, args, kwargs);
    }

    @Override
    public boolean preserveSafeString() {
        return filter.preserveSafeString();
    }

    private void check(String text, JinjavaInterpreter interpreter) {
        if (text == null) return;
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            double value = Double.parseDouble(number.group());
            if (value > maxWidth) {
                throw new InvalidInputException(
                        interpreter,
                        getName(),
                        "a width of " + number.group() + " is more than the output limit of " + maxWidth
                                + " characters");
            }
        }
    }
}
