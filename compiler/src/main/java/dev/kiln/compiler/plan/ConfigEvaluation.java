package dev.kiln.compiler.plan;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.decode.BodyEvaluation;
import dev.kiln.compiler.decode.CheckedBody;
import dev.kiln.compiler.decode.DecodedBlock;
import dev.kiln.compiler.decode.DecodedBody;
import dev.kiln.compiler.decode.DynamicBlock;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.compiler.eval.ExpressionEvaluator;
import dev.kiln.compiler.schema.AttributeSchema;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a decoded plugin body in a scope: every argument converted to its schema type
 * ("Incorrect attribute value type" at the value), nested blocks recursively and {@code dynamic}
 * blocks expanded. Unknown values pass; the plugin's rules then run on the result.
 */
final class ConfigEvaluation {

    private ConfigEvaluation() {}

    /**
     * {@code body} evaluated as {@link #evaluate}, then checked by its plugin's rules, as Packer's
     * {@code Prepare}. The rules run only when the body decoded and evaluated without an error:
     * Packer never prepares a block it could not decode, and a rule such as "ssh_username must be
     * specified" after a misspelt {@code comunicator} would only repeat the real mistake.
     */
    static CheckedBody prepare(
            DecodedBody body,
            EvalContext context,
            Map<String, Value> overrides,
            SourceRange definition,
            Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        CheckedBody values = evaluate(body, context, overrides, definition, own);
        diagnostics.addAll(own);
        if (body.complete() && !own.hasErrors()) BodyEvaluation.runRules(body.schema(), values, diagnostics);
        return values;
    }

    /** {@code body} evaluated in {@code context}, with {@code overrides} replacing arguments (provisioner override). */
    static CheckedBody evaluate(
            DecodedBody body,
            EvalContext context,
            Map<String, Value> overrides,
            SourceRange definition,
            Diagnostics diagnostics) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (Attribute attribute : body.attributes().values()) {
            EvalResult result = ExpressionEvaluator.evaluate(attribute.expression(), context);
            diagnostics.addAll(result.diagnostics());
            values.put(
                    attribute.name(),
                    convert(
                            attribute.name(),
                            result.value(),
                            body,
                            attribute.expression().range(),
                            attribute.range(),
                            diagnostics));
        }
        overrides.forEach((name, value) -> values.put(name, convert(name, value, body, definition, null, diagnostics)));
        Map<String, List<CheckedBody>> nested = new LinkedHashMap<>();
        for (DecodedBlock block : body.blocks()) {
            if (block.body() == null) continue;
            nested.computeIfAbsent(block.type(), t -> new ArrayList<>())
                    .add(evaluate(block.body(), context, Map.of(), block.definitionRange(), diagnostics));
        }
        for (DynamicBlock dynamic : body.dynamicBlocks()) {
            for (DynamicExpansion.Iteration iteration : DynamicExpansion.iterations(dynamic, context, diagnostics)) {
                if (dynamic.content() == null || dynamic.content().body() == null) continue;
                nested.computeIfAbsent(dynamic.blockType(), t -> new ArrayList<>())
                        .add(evaluate(
                                dynamic.content().body(),
                                iteration.context(),
                                Map.of(),
                                dynamic.definitionRange(),
                                diagnostics));
            }
        }
        return new CheckedBody(body, values, nested, definition);
    }

    private static Value convert(
            String name,
            Value value,
            DecodedBody body,
            SourceRange subject,
            SourceRange context,
            Diagnostics diagnostics) {
        AttributeSchema schema = body.schema().attribute(name).orElse(null);
        if (schema == null) return value;
        ConversionResult converted = Conversion.convert(value, schema.type());
        if (converted.isSuccess())
            return BodyEvaluation.checkFormat(schema, converted.value(), subject, context, diagnostics);
        diagnostics.add(PlanDiagnostics.INCORRECT_ATTRIBUTE_VALUE_TYPE.error(
                "Inappropriate value for attribute \"" + name + "\": " + converted + ".", subject, context));
        return Value.unknown(schema.type());
    }
}
