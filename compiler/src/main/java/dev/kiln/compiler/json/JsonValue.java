package dev.kiln.compiler.json;

import dev.kiln.compiler.source.SourceRange;
import java.math.BigDecimal;
import java.util.List;

/** A JSON value with the source range of every part, as HCL's JSON syntax needs for its diagnostics. */
public sealed interface JsonValue {

    /** Where the value is written. */
    SourceRange range();

    /** A zero-width range at the value's start, where HCL points "wrong JSON type" errors. */
    default SourceRange startRange() {
        return range().startRange();
    }

    /** An object; properties keep their source order and duplicates (HCL decides what they mean). */
    record JsonObject(List<JsonProperty> properties, SourceRange openRange, SourceRange closeRange, SourceRange range)
            implements JsonValue {
        public JsonObject {
            properties = List.copyOf(properties);
        }
    }

    /** One {@code "name": value} of an object. */
    record JsonProperty(String name, SourceRange nameRange, SourceRange colonRange, JsonValue value) {
        /** From the name to the end of the value. */
        public SourceRange range() {
            return SourceRange.between(nameRange, value.range());
        }
    }

    /** An array. */
    record JsonArray(List<JsonValue> values, SourceRange openRange, SourceRange range) implements JsonValue {
        public JsonArray {
            values = List.copyOf(values);
        }
    }

    /** A string, escapes decoded; {@code range} includes the quotes. */
    record JsonString(String value, SourceRange range) implements JsonValue {}

    /** A number, exact. */
    record JsonNumber(BigDecimal value, SourceRange range) implements JsonValue {}

    /** {@code true} or {@code false}. */
    record JsonBool(boolean value, SourceRange range) implements JsonValue {}

    /** {@code null}. */
    record JsonNull(SourceRange range) implements JsonValue {}

    /** Where the parser could not read a value; it stands in so the rest can still be used. */
    record JsonInvalid(SourceRange range) implements JsonValue {}
}
