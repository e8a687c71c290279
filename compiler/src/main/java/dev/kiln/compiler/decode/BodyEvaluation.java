package dev.kiln.compiler.decode;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.schema.AttributeSchema;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.ConfigRule;
import dev.kiln.compiler.schema.RuleViolation;
import dev.kiln.compiler.schema.ValueFormat;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The second half of decoding, once values can be computed: evaluates every argument of a decoded
 * body, converts it to the schema's type ("Incorrect attribute value type" when it cannot be) and
 * then runs the schema's validation rules. Unknown values pass the type check and the rules.
 */
public final class BodyEvaluation {

    private BodyEvaluation() {}

    /** Evaluates {@code body}; {@code definition} is where block-level rule violations point. */
    public static CheckedBody check(
            DecodedBody body, SourceRange definition, ValueResolver evaluator, Diagnostics diagnostics) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (Attribute attribute : body.attributes().values()) {
            AttributeSchema schema = body.schema().attribute(attribute.name()).orElse(null);
            Value value = evaluator.evaluate(attribute.expression(), diagnostics);
            if (schema == null) {
                values.put(attribute.name(), value);
                continue;
            }
            ConversionResult converted = Conversion.convert(value, schema.type());
            if (converted.isSuccess()) {
                values.put(
                        attribute.name(),
                        checkFormat(
                                schema,
                                converted.value(),
                                attribute.expression().range(),
                                attribute.range(),
                                diagnostics));
            } else {
                diagnostics.add(DecodeDiagnostics.INCORRECT_ATTRIBUTE_VALUE_TYPE.error(
                        "Inappropriate value for attribute \"" + attribute.name() + "\": " + converted + ".",
                        attribute.expression().range(),
                        attribute.range()));
                values.put(attribute.name(), Value.unknown(schema.type()));
            }
        }
        Map<String, List<CheckedBody>> nested = new LinkedHashMap<>();
        for (DecodedBlock block : body.blocks()) {
            if (block.body() == null) continue;
            nested.computeIfAbsent(block.type(), t -> new ArrayList<>())
                    .add(check(block.body(), block.definitionRange(), evaluator, diagnostics));
        }
        return new CheckedBody(body, values, nested, definition);
    }

    /**
     * {@code value} (already converted to the argument's type), or unknown after a diagnostic at
     * {@code subject} when it is a known string that the argument's {@link ValueFormat} rejects.
     */
    public static Value checkFormat(
            AttributeSchema schema, Value value, SourceRange subject, SourceRange context, Diagnostics diagnostics) {
        if (!value.isKnown() || !(value.unmarkDeep() instanceof StringValue text)) return value;
        Optional<ValueFormat.Problem> problem = schema.format().check(schema.name(), text.value());
        if (problem.isEmpty()) return value;
        diagnostics.add(problem.get().kind().error(problem.get().detail(), subject, context));
        // Unknown, so rules and plugins do not report the same mistake again.
        return Value.unknown(schema.type());
    }

    /** Runs the rules of {@code schema} (and of its nested block types, per block) on {@code config}. */
    public static void runRules(BlockSchema schema, CheckedBody config, Diagnostics diagnostics) {
        for (ConfigRule rule : schema.rules()) {
            for (RuleViolation v : rule.check(config)) {
                SourceRange subject = v.attribute() == null ? config.definitionRange() : config.rangeOf(v.attribute());
                // The summary is the plugin's message word for word, as Packer shows it (even lower-case).
                String detail = v.attribute() == null
                        ? "This block's settings do not pass this check of its plugin."
                        : "The value of \"" + v.attribute() + "\" does not pass this check of its plugin.";
                diagnostics.add(
                        DecodeDiagnostics.CONFIG_RULE.with(v.message()).of(v.severity(), detail, subject, null));
            }
        }
        for (Map.Entry<String, List<CheckedBody>> entry : config.nested().entrySet()) {
            BlockSchema nestedSchema =
                    schema.blockType(entry.getKey()).map(t -> t.body()).orElse(null);
            if (nestedSchema == null) continue;
            for (CheckedBody block : entry.getValue()) runRules(nestedSchema, block, diagnostics);
        }
    }
}
