package dev.kiln.runtime.plan;

import dev.kiln.compiler.variables.LocalResult;
import dev.kiln.compiler.variables.ScopeResult;
import dev.kiln.compiler.variables.VariableValue;
import dev.kiln.stdlib.value.SensitiveStrings;
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
        for (VariableValue v : scope.variables()) SensitiveStrings.collect(v.value(), v.sensitive(), secrets);
        for (LocalResult l : scope.locals()) SensitiveStrings.collect(l.value(), l.sensitive(), secrets);
        return secrets;
    }
}
