package dev.kiln.compiler.schema;

import dev.kiln.stdlib.render.HclFormat;
import dev.kiln.stdlib.render.RenderOptions;
import dev.kiln.stdlib.value.Value;
import java.util.Objects;
import java.util.function.Function;

/**
 * The value an argument takes when it is not written: a constant, or one computed from the rest of
 * the block when Packer's default depends on another option ({@code shell}'s {@code execute_command}
 * on {@code use_env_var_file}). The one place a plugin's default lives.
 */
public sealed interface AttributeDefault {

    /** The default for a block whose other values are {@code config}. */
    Value valueFor(ConfigView config);

    /** How the default reads in generated documentation and the schema dump. */
    String describe();

    /** Always {@code value}. */
    record Constant(Value value) implements AttributeDefault {
        public Constant {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Value valueFor(ConfigView config) {
            return value;
        }

        @Override
        public String describe() {
            // One line: the dump and generated docs show a default beside its argument.
            return HclFormat.format(value, RenderOptions.REVEAL)
                    .replaceAll(",\\n\\s*([\\]}])", "$1")
                    .replaceAll(",\\n\\s*", ", ")
                    .replaceAll("\\n\\s*", "");
        }
    }

    /** {@code function} of the block's other values; {@code description} says how it is chosen. */
    record Computed(String description, Function<ConfigView, Value> function) implements AttributeDefault {
        public Computed {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(function, "function");
        }

        @Override
        public Value valueFor(ConfigView config) {
            return function.apply(config);
        }

        @Override
        public String describe() {
            return "(" + description + ")";
        }
    }
}
