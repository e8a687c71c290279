package dev.kiln.compiler.decode;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.BlockTypeSchema;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.text.Suggestions;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** HCL's decoding diagnostics, worded exactly as {@code hclsyntax} and {@code hcldec} word them. */
final class DecodeMessages {

    /** Blocks of this type generate blocks of the type named by their label, in every body with blocks. */
    static final String DYNAMIC = "dynamic";

    private DecodeMessages() {}

    static String where(SourceRange range) {
        if (range.start().line() == range.end().line()) {
            return range.file() + ":" + range.start().line() + ","
                    + range.start().column() + "-" + range.end().column();
        }
        return range.file() + ":" + range.start().line() + "," + range.start().column() + "-"
                + range.end().line() + "," + range.end().column();
    }

    static String didYouMean(String given, Collection<String> candidates) {
        return Suggestions.closest(given, candidates)
                .map(s -> " Did you mean \"" + s + "\"?")
                .orElse("");
    }

    /** An argument the schema does not have; {@code used} are arguments already set (not suggested). */
    static Diagnostic unsupportedArgument(String name, SourceRange nameRange, BlockSchema schema, Set<String> used) {
        List<String> candidates =
                schema.attributeNames().stream().filter(n -> !used.contains(n)).toList();
        String suggestion = didYouMean(name, candidates);
        if (suggestion.isEmpty() && schema.blockType(name).isPresent()) {
            suggestion = " Did you mean to define a block of type \"" + name + "\"?";
        }
        return DecodeDiagnostics.UNSUPPORTED_ARGUMENT.error(
                "An argument named \"" + name + "\" is not expected here." + suggestion, nameRange);
    }

    static Diagnostic unsupportedBlock(String type, SourceRange typeRange, BlockSchema schema) {
        String suggestion = didYouMean(type, schema.blockTypeNames());
        if (suggestion.isEmpty() && schema.attribute(type).isPresent()) {
            suggestion = " Did you mean to define argument \"" + type
                    + "\"? If so, use the equals sign to assign it a value.";
        }
        return DecodeDiagnostics.UNSUPPORTED_BLOCK_TYPE.error(
                "Blocks of type \"" + type + "\" are not expected here." + suggestion, typeRange);
    }

    static Diagnostic missingRequired(String name, SourceRange missingItemRange) {
        return DecodeDiagnostics.MISSING_REQUIRED_ARGUMENT.error(
                "The argument \"" + name + "\" is required, but no definition was found.", missingItemRange);
    }

    static Diagnostic duplicateArgument(String name, SourceRange earlier, SourceRange subject, SourceRange context) {
        return DecodeDiagnostics.DUPLICATE_ARGUMENT.error(
                "The argument \"" + name + "\" was already set at " + where(earlier) + ".", subject, context);
    }

    static Diagnostic extraneousLabel(BlockTypeSchema type, SourceRange labelRange, SourceRange context) {
        String detail = type.labelNames().isEmpty()
                ? "No labels are expected for " + type.type() + " blocks."
                : "Only " + type.labelNames().size() + " labels (" + String.join(", ", type.labelNames())
                        + ") are expected for " + type.type() + " blocks.";
        return DecodeDiagnostics.EXTRANEOUS_LABEL_FOR.with(type.type()).error(detail, labelRange, context);
    }

    static Diagnostic missingLabel(BlockTypeSchema type, int given, SourceRange subject, SourceRange context) {
        return DecodeDiagnostics.MISSING_FOR
                .with(type.labelNames().get(given), type.type())
                .error(
                        "All " + type.type() + " blocks must have "
                                + type.labelNames().size() + " labels (" + String.join(", ", type.labelNames()) + ").",
                        subject,
                        context);
    }

    /** Whether {@code dynamic "label"} generates blocks the schema accepts. */
    static boolean isWantedDynamic(String type, List<String> labels, BlockSchema schema) {
        return type.equals(DYNAMIC)
                && schema.blockType(DYNAMIC).isEmpty()
                && !schema.blockTypeNames().isEmpty()
                && labels.size() == 1
                && schema.blockType(labels.get(0)).isPresent();
    }
}
