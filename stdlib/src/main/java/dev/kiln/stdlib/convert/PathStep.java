package dev.kiln.stdlib.convert;

/** One step of a {@link Path}. */
public sealed interface PathStep {

    /** An object attribute, printed {@code .name}. */
    record Attribute(String name) implements PathStep {
        @Override
        public String toString() {
            return "." + name;
        }
    }

    /** A list, set or tuple position, printed {@code [2]}. */
    record Index(int index) implements PathStep {
        @Override
        public String toString() {
            return "[" + index + "]";
        }
    }

    /** A map key, printed {@code ["key"]}. */
    record Key(String key) implements PathStep {
        @Override
        public String toString() {
            return "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
    }
}
