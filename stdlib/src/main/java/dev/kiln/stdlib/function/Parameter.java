package dev.kiln.stdlib.function;

import dev.kiln.stdlib.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One parameter of a {@link Function}, as cty's {@code function.Parameter}.
 *
 * <p>Arguments are converted to {@link #type()} before the function runs. Unless a flag allows
 * it, the call machinery handles the special cases itself: a null argument is an error, an
 * unknown argument makes the result unknown, an argument of unknown type ({@code any}) makes the
 * result an unknown of unknown type, and marks are removed before the implementation runs and put
 * back on the result.
 *
 * @param name the name shown in signatures and in "Invalid value for "name" parameter" errors
 * @param type the type arguments are converted to; {@code any} accepts every type unchanged
 * @param allowNull the implementation handles null arguments itself
 * @param allowUnknown the implementation handles unknown arguments itself
 * @param allowMarked the implementation handles marked arguments (and must keep their marks)
 * @param allowDynamicType the implementation handles arguments whose type is not known yet
 */
public record Parameter(
        String name,
        Type type,
        boolean allowNull,
        boolean allowUnknown,
        boolean allowMarked,
        boolean allowDynamicType) {

    /** Checks the name and type are present. */
    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A parameter with every flag off: the usual case. */
    public static Parameter of(String name, Type type) {
        return new Parameter(name, type, false, false, false, false);
    }

    /** This parameter, accepting null arguments. */
    public Parameter allowingNull() {
        return new Parameter(name, type, true, allowUnknown, allowMarked, allowDynamicType);
    }

    /** This parameter, accepting unknown arguments. */
    public Parameter allowingUnknown() {
        return new Parameter(name, type, allowNull, true, allowMarked, allowDynamicType);
    }

    /** This parameter, passing marked arguments to the implementation as they are. */
    public Parameter allowingMarked() {
        return new Parameter(name, type, allowNull, allowUnknown, true, allowDynamicType);
    }

    /** This parameter, accepting arguments whose type is not known yet. */
    public Parameter allowingDynamicType() {
        return new Parameter(name, type, allowNull, allowUnknown, allowMarked, true);
    }

    /** {@code name type}, followed by the flags that are on: {@code value any [unknown]}. */
    String signature(boolean variadic) {
        List<String> flags = new ArrayList<>();
        if (allowNull) {
            flags.add("null");
        }
        if (allowUnknown) {
            flags.add("unknown");
        }
        if (allowMarked) {
            flags.add("marked");
        }
        if (allowDynamicType) {
            flags.add("dynamic");
        }
        String text = name + " " + (variadic ? "..." : "") + type;
        return flags.isEmpty() ? text : text + " " + flags;
    }
}
