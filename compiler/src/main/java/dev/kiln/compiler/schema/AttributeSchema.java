package dev.kiln.compiler.schema;

import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.util.Objects;

/**
 * One argument a block accepts: its name, the type its value is converted to, whether it must be
 * set, the value it takes when it is not ({@code null}: none), a one-line description, and whether
 * its value is a secret to be masked in all output.
 */
public record AttributeSchema(String name, Type type, boolean required, Value defaultValue, String description,
        boolean sensitive) {

    public AttributeSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
    }

    /** An optional argument without a default. */
    public static AttributeSchema optional(String name, Type type, String description) {
        return new AttributeSchema(name, type, false, null, description, false);
    }

    /** An argument that must be set. */
    public static AttributeSchema required(String name, Type type, String description) {
        return new AttributeSchema(name, type, true, null, description, false);
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

    /** This argument with a default value. */
    public AttributeSchema withDefault(Value value) {
        return new AttributeSchema(name, type, required, value, description, sensitive);
    }

    /** This argument marked as holding a secret. */
    public AttributeSchema asSensitive() {
        return new AttributeSchema(name, type, required, defaultValue, description, true);
    }
}
