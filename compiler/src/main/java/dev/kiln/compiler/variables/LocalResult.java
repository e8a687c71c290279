package dev.kiln.compiler.variables;

import dev.kiln.stdlib.value.Value;

/** The value of a local: unknown when it, or a local it depends on, failed to evaluate. */
public record LocalResult(String name, Value value, boolean sensitive) {}
