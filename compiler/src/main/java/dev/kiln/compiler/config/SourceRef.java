package dev.kiln.compiler.config;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.text.Suggestions;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** A reference to a top-level source block, {@code TYPE.NAME}. */
public record SourceRef(String type, String name) {

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_-]*");

    /** The one "Unknown source" error: a build uses {@code ref}, but only {@code known} are defined. */
    public static Diagnostic unknown(SourceRef ref, List<String> known, SourceRange subject) {
        String detail = Suggestions.closest(ref.toString(), known)
                .map(s -> "Did you mean to use \"" + s + "\"?")
                .orElse("Known: [" + String.join(" ", known) + "]");
        return ConfigDiagnostics.UNKNOWN_SOURCE.with(ref).error(detail, subject);
    }

    /** Packer's error for text that is not a source reference, about {@code subject}. */
    public static Diagnostic invalid(SourceRange subject) {
        return ConfigDiagnostics.INVALID_SOURCE_REFERENCE.error(
                "A source type is made of two or three parts that are split"
                        + " by a dot `.`; each part must start with a letter and may contain only letters, digits, underscores,"
                        + " and dashes. A valid source reference looks like: `source.type.name`",
                subject);
    }

    /**
     * Reads a reference as Packer does: split on dots; with three or more parts the first is
     * dropped ({@code source.T.N}), with two they are {@code T.N}. Empty when invalid.
     */
    public static Optional<SourceRef> parse(String text) {
        String[] parts = text.split("\\.", -1);
        String type;
        String name;
        if (parts.length >= 3) {
            type = parts[1];
            name = parts[2];
        } else if (parts.length == 2) {
            type = parts[0];
            name = parts[1];
        } else {
            return Optional.empty();
        }
        if (!isIdentifier(type) || !isIdentifier(name)) return Optional.empty();
        return Optional.of(new SourceRef(type, name));
    }

    /** Whether {@code text} is a valid HCL identifier. */
    public static boolean isIdentifier(String text) {
        return IDENTIFIER.matcher(text).matches();
    }

    @Override
    public String toString() {
        return type + "." + name;
    }
}
