package dev.kiln.compiler.scope;

import dev.kiln.stdlib.value.Value;

/** A local's value. */
public record LocalResult(String name, Value value, boolean sensitive) {}
