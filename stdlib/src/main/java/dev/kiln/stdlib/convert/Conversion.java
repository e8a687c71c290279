package dev.kiln.stdlib.convert;

import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;

/**
 * Converts values between types with HCL's exact rules (go-cty's {@code convert} package).
 *
 * <p>Unknown values convert to unknown values of the target type and nulls to nulls; marks on the
 * input are kept on the output. Errors come back as {@link ConversionResult.Failure}, never as
 * exceptions.
 */
public final class Conversion {

    private Conversion() {}

    /** Converts as HCL does for attributes and function arguments (cty's {@code Convert}, unsafe). */
    public static ConversionResult convert(Value value, Type target) {
        return convert(value, target, Safety.UNSAFE, Defaults.NONE);
    }

    /** Converts, filling absent or null optional attributes from {@code defaults}. */
    public static ConversionResult convert(Value value, Type target, Defaults defaults) {
        return convert(value, target, Safety.UNSAFE, defaults);
    }

    /** Converts with the given safety; a SAFE conversion refuses string to number and the like. */
    public static ConversionResult convert(Value value, Type target, Safety safety, Defaults defaults) {
        return new ValueConversion(safety).convert(value, target, Path.ROOT, defaults);
    }

    /** True if some values of type {@code from} convert to {@code to} under {@code safety}. */
    public static boolean isPossible(Type from, Type to, Safety safety) {
        return ConversionRules.exists(from, to, safety);
    }
}
