package dev.kiln.stdlib.value;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The strings of a value that must never be printed: every string carrying the sensitive mark,
 * or inside a value that carries it (or every string, for a value declared sensitive). Numbers and
 * booleans are left out: hiding every "1" would hide everything.
 */
public final class SensitiveStrings {

    private SensitiveStrings() {}

    /** The sensitive strings of {@code value}; all of its strings when {@code sensitive}. */
    public static Set<String> of(Value value, boolean sensitive) {
        Set<String> secrets = new LinkedHashSet<>();
        collect(value, sensitive, secrets);
        return secrets;
    }

    /** Adds the sensitive strings of {@code value} to {@code secrets}. */
    public static void collect(Value value, boolean sensitive, Set<String> secrets) {
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

    /** {@code text} with every secret replaced by {@code <sensitive>}, longest first (one may contain another). */
    public static String mask(String text, Set<String> secrets) {
        String masked = text;
        for (String secret :
                secrets.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            masked = masked.replace(secret, "<sensitive>");
        }
        return masked;
    }

    private static void all(Collection<Value> values, boolean sensitive, Set<String> secrets) {
        for (Value v : values) collect(v, sensitive, secrets);
    }
}
