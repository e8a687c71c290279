package dev.kiln.compiler.schema;

import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.util.Objects;
import java.util.function.Function;

/**
 * One argument a block accepts: its name, the type its value is converted to, whether it must be
 * set, the value it takes when it is not ({@code null}: none), a one-line description, whether its
 * value is a secret to be masked in all output, and what a string value must look like.
 */
public record AttributeSchema(
        String name,
        Type type,
        boolean required,
        AttributeDefault defaultValue,
        String description,
        boolean sensitive,
        ValueFormat format) {

    public AttributeSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(format, "format");
        description = description == null ? "" : description;
    }

    /** An optional argument without a default. */
    public static AttributeSchema optional(String name, Type type, String description) {
        return new AttributeSchema(name, type, false, null, description, false, ValueFormat.ANY);
    }

    /** An argument that must be set. */
    public static AttributeSchema required(String name, Type type, String description) {
        return new AttributeSchema(name, type, true, null, description, false, ValueFormat.ANY);
    }

    /** An optional string argument. */
    public static AttributeSchema string(String name, String description) {
        return optional(name, Type.STRING, description);
    }

    /** An optional bool argument. */
    public static AttributeSchema bool(String name, String description) {
        return optional(name, Type.BOOL, description);
    }

    /** An optional number argument. */
    public static AttributeSchema number(String name, String description) {
        return optional(name, Type.NUMBER, description);
    }

    /** An optional {@code list(string)} argument. */
    public static AttributeSchema stringList(String name, String description) {
        return optional(name, Type.list(Type.STRING), description);
    }

    /** An optional {@code map(string)} argument. */
    public static AttributeSchema stringMap(String name, String description) {
        return optional(name, Type.map(Type.STRING), description);
    }

    /** An optional string argument holding a Go duration ({@code 10s}, {@code 1m30s}). */
    public static AttributeSchema duration(String name, String description) {
        return string(name, description).withFormat(ValueFormat.DURATION);
    }

    /** An optional string argument that must be one of {@code values}. */
    public static AttributeSchema oneOf(String name, String description, String... values) {
        return string(name, description).withFormat(ValueFormat.oneOf(values));
    }

    /** This argument with a default value. */
    public AttributeSchema withDefault(Value value) {
        return withDefault(new AttributeDefault.Constant(value));
    }

    /** This argument with a default computed from the block's other values; {@code description} says how. */
    public AttributeSchema withDefault(String description, Function<ConfigView, Value> function) {
        return withDefault(new AttributeDefault.Computed(description, function));
    }

    /** This argument with {@code defaultValue}. */
    public AttributeSchema withDefault(AttributeDefault defaultValue) {
        return new AttributeSchema(name, type, required, defaultValue, description, sensitive, format);
    }

    /** This argument marked as holding a secret. */
    public AttributeSchema asSensitive() {
        return new AttributeSchema(name, type, required, defaultValue, description, true, format);
    }

    /** This argument, whose string values must have {@code format}. */
    public AttributeSchema withFormat(ValueFormat format) {
        return new AttributeSchema(name, type, required, defaultValue, description, sensitive, format);
    }

    /** This argument, optional. */
    public AttributeSchema asOptional() {
        return new AttributeSchema(name, type, false, defaultValue, description, sensitive, format);
    }
}
