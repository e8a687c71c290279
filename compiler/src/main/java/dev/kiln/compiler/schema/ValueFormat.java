package dev.kiln.compiler.schema;

import dev.kiln.compiler.diag.DiagnosticKind;
import dev.kiln.stdlib.go.GoDuration;
import dev.kiln.stdlib.text.Suggestions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a string argument must look like beyond its type, checked wherever the value is known
 * ({@code validate} and again at build time), with one message per kind at the value.
 */
public sealed interface ValueFormat {

    /** Any string. */
    ValueFormat ANY = new Free();

    /** A Go duration ({@code 10s}, {@code 1m30s}); the empty string is Go's zero value and passes. */
    ValueFormat DURATION = new Duration();

    /** One of {@code values}. */
    static ValueFormat oneOf(String... values) {
        return new OneOf(List.of(values));
    }

    /** The problem of {@code text} as the value of {@code name}, if any. */
    Optional<Problem> check(String name, String text);

    /** A value that does not fit: the diagnostic's kind and detail. */
    record Problem(DiagnosticKind kind, String detail) {}

    /** Any string. */
    record Free() implements ValueFormat {
        @Override
        public Optional<Problem> check(String name, String text) {
            return Optional.empty();
        }
    }

    /** A Go duration. */
    record Duration() implements ValueFormat {
        @Override
        public Optional<Problem> check(String name, String text) {
            if (text.isEmpty()) return Optional.empty();
            try {
                GoDuration.parse(text);
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                // The wording of the pause_before and timeout meta-arguments, for every duration option.
                return Optional.of(new Problem(SchemaDiagnostics.FAILED_TO_PARSE_DURATION.with(name), e.getMessage()));
            }
        }
    }

    /** One of a fixed set of words. */
    record OneOf(List<String> values) implements ValueFormat {
        public OneOf {
            values = List.copyOf(values);
        }

        @Override
        public Optional<Problem> check(String name, String text) {
            if (values.contains(text)) return Optional.empty();
            String allowed = values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
            String hint = Suggestions.closest(text, values)
                    .map(s -> " Did you mean \"" + s + "\"?")
                    .orElse("");
            return Optional.of(new Problem(
                    SchemaDiagnostics.UNSUPPORTED_VALUE.with(name),
                    "The value \"" + text + "\" is not one of " + allowed + "." + hint));
        }
    }
}
