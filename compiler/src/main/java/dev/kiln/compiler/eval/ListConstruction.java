package dev.kiln.compiler.eval;

import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.convert.Unification;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the list a splat over a list or set produces from its per-element results. */
final class ListConstruction {

    private ListConstruction() {}

    /**
     * A list of {@code elements}. They normally share one type; when they do not (an unknown
     * element of unknown type beside known ones) they are unified, and if even that fails the
     * result is an unknown list rather than a broken value.
     */
    static Value listOrUnknown(List<Value> elements) {
        Type first = elements.get(0).type();
        if (elements.stream().allMatch(e -> e.type().equals(first))) return Value.list(first, elements);
        List<Type> types = new ArrayList<>();
        elements.forEach(e -> types.add(e.type()));
        Optional<Type> unified = Unification.unify(types);
        if (unified.isEmpty()) return Value.unknown(Type.list(Type.ANY));
        List<Value> converted = new ArrayList<>();
        for (Value element : elements) {
            ConversionResult result = Conversion.convert(element, unified.get());
            if (!result.isSuccess()) return Value.unknown(Type.list(unified.get()));
            converted.add(result.value());
        }
        return Value.list(unified.get(), converted);
    }
}
