package dev.kiln.compiler.scope;

/** How strict evaluation is: {@code validate} rejects unset variables, {@code inspect} shows them as unknown. */
public record ScopeOptions(boolean unsetVariablesAreErrors) {

    /** For validate and build. */
    public static final ScopeOptions VALIDATE = new ScopeOptions(true);

    /** For inspect. */
    public static final ScopeOptions INSPECT = new ScopeOptions(false);
}
