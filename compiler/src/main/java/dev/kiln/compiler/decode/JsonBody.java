package dev.kiln.compiler.decode;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.json.JsonExpressions;
import dev.kiln.compiler.json.JsonValue;
import dev.kiln.compiler.json.JsonValue.JsonArray;
import dev.kiln.compiler.json.JsonValue.JsonNull;
import dev.kiln.compiler.json.JsonValue.JsonObject;
import dev.kiln.compiler.json.JsonValue.JsonProperty;
import dev.kiln.compiler.schema.AttributeSchema;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.BlockTypeSchema;
import dev.kiln.compiler.source.SourceRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A body in HCL's JSON syntax, following {@code hcl/json}'s body: an object (or an array of objects)
 * whose properties are arguments or blocks depending on the schema; block labels are levels of
 * nested objects; {@code "//"} properties are comments.
 */
public record JsonBody(JsonValue value, JsonExpressions expressions, Set<String> hidden) implements ConfigBody {

    private static final String COMMENT = "//";

    public JsonBody {
        hidden = Set.copyOf(hidden);
    }

    /** The whole of {@code value}. */
    public static JsonBody of(JsonValue value, JsonExpressions expressions) {
        return new JsonBody(value, expressions, Set.of());
    }

    @Override
    public BodyContent content(BlockSchema schema, Diagnostics diagnostics) {
        PartialContent partial = partialContent(schema, diagnostics);
        Set<String> used = ((JsonBody) partial.remaining()).hidden;
        List<String> suggestions = new ArrayList<>();
        for (String name : schema.attributeNames()) if (!used.contains(name)) suggestions.add(name);
        suggestions.addAll(schema.blockTypeNames());
        for (JsonProperty p : properties(value, null, new Diagnostics())) {
            if (p.name().equals(COMMENT) || used.contains(p.name())) continue;
            diagnostics.add(DecodeDiagnostics.EXTRANEOUS_JSON_OBJECT_PROPERTY.error(
                    "No argument or block type is named \"" + p.name() + "\"."
                            + DecodeMessages.didYouMean(p.name(), suggestions),
                    p.nameRange(),
                    p.range()));
        }
        return partial.content();
    }

    @Override
    public PartialContent partialContent(BlockSchema schema, Diagnostics diagnostics) {
        Set<String> used = new HashSet<>(hidden);
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        List<ContentBlock> blocks = new ArrayList<>();
        for (JsonProperty p : properties(value, null, diagnostics)) {
            if (hidden.contains(p.name())) continue;
            if (schema.attribute(p.name()).isPresent()) {
                Attribute existing = attributes.get(p.name());
                if (existing != null) {
                    diagnostics.add(
                            DecodeMessages.duplicateArgument(p.name(), existing.range(), p.nameRange(), p.range()));
                    continue;
                }
                attributes.put(p.name(), expressions.attribute(p, diagnostics));
                used.add(p.name());
            } else if (schema.blockType(p.name()).isPresent()) {
                BlockTypeSchema type = schema.blockType(p.name()).get();
                unpack(
                        p.value(),
                        type,
                        p.nameRange(),
                        type.labelNames(),
                        new ArrayList<>(),
                        new ArrayList<>(),
                        blocks,
                        diagnostics);
                used.add(p.name());
            } else if (p.name().equals(DecodeMessages.DYNAMIC)
                    && !schema.blockTypeNames().isEmpty()) {
                List<ContentBlock> dynamic = new ArrayList<>();
                unpack(
                        p.value(),
                        NativeBody.DYNAMIC_HEADER,
                        p.nameRange(),
                        List.of("type"),
                        new ArrayList<>(),
                        new ArrayList<>(),
                        dynamic,
                        diagnostics);
                for (ContentBlock d : dynamic) {
                    if (schema.blockType(d.labels().get(0)).isPresent()) blocks.add(d);
                    else
                        diagnostics.add(DecodeMessages.unsupportedBlock(
                                d.labels().get(0), d.labelRanges().get(0), schema));
                }
                used.add(p.name());
            }
        }
        for (AttributeSchema a : schema.attributes()) {
            if (a.required() && !attributes.containsKey(a.name()) && !hidden.contains(a.name())) {
                diagnostics.add(DecodeMessages.missingRequired(a.name(), missingItemRange()));
            }
        }
        return new PartialContent(
                new BodyContent(List.copyOf(attributes.values()), blocks, missingItemRange()),
                new JsonBody(value, expressions, used));
    }

    private void unpack(
            JsonValue v,
            BlockTypeSchema type,
            SourceRange typeRange,
            List<String> labelsLeft,
            List<String> labels,
            List<SourceRange> labelRanges,
            List<ContentBlock> out,
            Diagnostics diagnostics) {
        if (!labelsLeft.isEmpty()) {
            String labelName = labelsLeft.get(0);
            List<JsonProperty> props = properties(v, labelName, diagnostics);
            if (props.isEmpty()) {
                diagnostics.add(DecodeDiagnostics.MISSING_BLOCK_LABEL.error(
                        "At least one object property is required, whose name" + " represents the " + type.type()
                                + " block's " + labelName + ".",
                        v.startRange()));
                return;
            }
            for (JsonProperty p : props) {
                List<String> l = new ArrayList<>(labels);
                l.add(p.name());
                List<SourceRange> r = new ArrayList<>(labelRanges);
                r.add(p.nameRange());
                unpack(p.value(), type, typeRange, labelsLeft.subList(1, labelsLeft.size()), l, r, out, diagnostics);
            }
            return;
        }
        if (v instanceof JsonNull) return;
        if (v instanceof JsonObject o) {
            out.add(new ContentBlock(
                    type.type(),
                    labels,
                    new JsonBody(o, expressions, Set.of()),
                    typeRange,
                    labelRanges,
                    o.openRange()));
        } else if (v instanceof JsonArray a) {
            for (JsonValue element : a.values()) {
                out.add(new ContentBlock(
                        type.type(),
                        labels,
                        new JsonBody(element, expressions, Set.of()),
                        typeRange,
                        labelRanges,
                        a.openRange()));
            }
        } else {
            diagnostics.add(DecodeDiagnostics.INCORRECT_JSON_VALUE_TYPE.error(
                    "Either a JSON object or a JSON array is required," + " representing the contents of one or more \""
                            + type.type() + "\" blocks.",
                    v.startRange()));
        }
    }

    /** The properties of an object, or of every object of an array, in order (hcl's collectDeepAttrs). */
    private static List<JsonProperty> properties(JsonValue v, String labelName, Diagnostics diagnostics) {
        List<JsonProperty> props = new ArrayList<>();
        if (v instanceof JsonNull) return props;
        if (v instanceof JsonObject o) {
            props.addAll(o.properties());
        } else if (v instanceof JsonArray a) {
            for (JsonValue element : a.values()) {
                if (element instanceof JsonObject o) {
                    props.addAll(o.properties());
                } else {
                    diagnostics.add(DecodeDiagnostics.INCORRECT_JSON_VALUE_TYPE.error(
                            labelName != null
                                    ? "A JSON object is required here, to specify " + labelName
                                            + " labels for this block."
                                    : "A JSON object is required here, to define arguments and child blocks.",
                            element.startRange()));
                }
            }
        } else {
            diagnostics.add(DecodeDiagnostics.INCORRECT_JSON_VALUE_TYPE.error(
                    labelName != null
                            ? "Either a JSON object or JSON array of objects is required here, to specify " + labelName
                                    + " labels for this block."
                            : "Either a JSON object or JSON array of objects is required here, to define arguments and child blocks.",
                    v.startRange()));
        }
        return props;
    }

    @Override
    public List<Attribute> justAttributes(Diagnostics diagnostics) {
        if (!(value instanceof JsonObject o)) {
            diagnostics.add(DecodeDiagnostics.INCORRECT_JSON_VALUE_TYPE.error(
                    "A JSON object is required here, setting the arguments for this block.", value.startRange()));
            return List.of();
        }
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        for (JsonProperty p : o.properties()) {
            if (p.name().equals(COMMENT) || hidden.contains(p.name())) continue;
            Attribute existing = attributes.get(p.name());
            if (existing != null) {
                diagnostics.add(DecodeDiagnostics.DUPLICATE_ATTRIBUTE_DEFINITION.error(
                        "The argument \"" + p.name() + "\" was already set at " + DecodeMessages.where(existing.range())
                                + ".",
                        p.nameRange()));
                continue;
            }
            attributes.put(p.name(), expressions.attribute(p, diagnostics));
        }
        return List.copyOf(attributes.values());
    }

    @Override
    public SourceRange range() {
        return value.range();
    }

    @Override
    public SourceRange missingItemRange() {
        if (value instanceof JsonObject o) return o.closeRange();
        if (value instanceof JsonArray a) return a.openRange();
        return value.startRange();
    }
}
