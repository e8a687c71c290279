package dev.kiln.compiler.variables;

import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.value.Value;

/** One value given to a variable, converted to its type; the last one given wins. */
record Assignment(ValueSource source, Value value) {

    /** Where a failed validation points: the value if it is written somewhere. */
    SourceRange subject() {
        return source.range();
    }
}
