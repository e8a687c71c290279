package dev.kiln.stdlib.render;

import java.util.Optional;

/**
 * How renderers treat values marked sensitive.
 *
 * @param sensitivePlaceholder the text printed instead of a sensitive value, or empty to print
 *     sensitive values as they are
 */
public record RenderOptions(Optional<String> sensitivePlaceholder) {

    /** Masks sensitive values as {@code (sensitive value)}, as Terraform's console does. */
    public static final RenderOptions CONSOLE = masking("(sensitive value)");

    /** Masks sensitive values as {@code <sensitive>}, as {@code packer inspect} does. */
    public static final RenderOptions INSPECT = masking("<sensitive>");

    /** Prints sensitive values in full; only for tests and explicit user requests. */
    public static final RenderOptions REVEAL = new RenderOptions(Optional.empty());

    /** Masks sensitive values with {@code placeholder}. */
    public static RenderOptions masking(String placeholder) {
        return new RenderOptions(Optional.of(placeholder));
    }
}
