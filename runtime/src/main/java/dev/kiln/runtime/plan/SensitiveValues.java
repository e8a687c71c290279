package dev.kiln.runtime.plan;

import dev.kiln.compiler.variables.LocalResult;
import dev.kiln.compiler.variables.ScopeResult;
import dev.kiln.compiler.variables.VariableValue;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.Mark;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The texts the UI must never print, as Packer registers sensitive variables with its log secret
 * filter: every string inside a variable declared {@code sensitive = true} or a sensitive local,
 * and every string carrying the sensitive mark anywhere in a variable or local (a secret nested in
 * an ordinary map). Numbers and booleans are not masked: hiding every "1" would hide everything.
 */
public final class SensitiveValues {

    private SensitiveValues() {}

    /** The secrets of {@code scope}. */
    public static Set<String> of(ScopeResult scope) {
        Set<String> secrets = new LinkedHashSet<>();
        for (VariableValue v : scope.variables()) collect(v.value(), v.sensitive(), secrets);
        for (LocalResult l : scope.locals()) collect(l.value(), l.sensitive(), secrets);
        return secrets;
    }

    private static void collect(Value value, boolean sensitive, Set<String> secrets) {
        if (value == null || !value.isKnown()) return;
        boolean secret = sensitive || value.hasMark(Mark.SENSITIVE);
        if (!secret && !value.deepMarks().contains(Mark.SENSITIVE)) return;
        if (value instanceof StringValue s) {
            if (secret && !s.value().isEmpty()) secrets.add(s.value());
        } else if (value instanceof ListValue l) {
            all(l.elements(), secret, secrets);
        } else if (value instanceof TupleValue t) {
            all(t.elements(), secret, secrets);
        } else if (value instanceof SetValue s) {
            all(s.elements(), secret, secrets);
        } else if (value instanceof MapValue m) {
            all(m.entries().values(), secret, secrets);
        } else if (value instanceof ObjectValue o) {
            all(o.attributes().values(), secret, secrets);
        }
    }

    private static void all(Collection<Value> values, boolean sensitive, Set<String> secrets) {
        for (Value v : values) collect(v, sensitive, secrets);
    }
}
