package dev.kiln.compiler.scope;

import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;

/** An input variable's final value and where it came from ({@code default}, {@code -var}, ...). */
public record VariableValue(String name, Type type, Value value, String source, boolean sensitive, String description,
        boolean required) {}
