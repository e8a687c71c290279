package dev.kiln.compiler.decode;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.schema.AttributeSchema;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.BlockTypeSchema;
import dev.kiln.compiler.schema.NestingMode;
import dev.kiln.stdlib.type.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generic decoder: checks a body against a {@link BlockSchema} and returns its arguments as
 * expressions and its nested blocks decoded recursively, with HCL's diagnostics. Values are not
 * evaluated here; {@link BodyEvaluation} does that once an evaluation context exists.
 */
public final class Decoder {

    /** The schema of a {@code dynamic} block's own arguments; its {@code content} block is added per use. */
    private static final BlockSchema DYNAMIC_ARGUMENTS = BlockSchema.builder(
                    "Generates blocks, one per element of for_each.")
            .attribute(AttributeSchema.required(
                    "for_each", Type.ANY, "The collection to generate one block per element of."))
            .attribute(AttributeSchema.optional(
                    "iterator", Type.ANY, "The name of the temporary variable for the element."))
            .attribute(
                    AttributeSchema.optional("labels", Type.list(Type.STRING), "The labels of each generated block."))
            .build();

    private Decoder() {}

    /** Decodes {@code body} with {@code schema}. Never throws; problems go to {@code diagnostics}. */
    public static DecodedBody decode(ConfigBody body, BlockSchema schema, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        DecodedBody decoded = decodeInto(body, schema, own);
        diagnostics.addAll(own);
        return decoded;
    }

    private static DecodedBody decodeInto(ConfigBody body, BlockSchema schema, Diagnostics diagnostics) {
        BodyContent content = body.content(schema, diagnostics);
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        for (Attribute a : content.attributes()) attributes.putIfAbsent(a.name(), a);

        List<DecodedBlock> blocks = new ArrayList<>();
        List<DynamicBlock> dynamic = new ArrayList<>();
        Map<String, DecodedBlock> singles = new HashMap<>();
        for (ContentBlock block : content.blocks()) {
            if (schema.blockType(block.type()).isEmpty()) {
                DynamicBlock d = dynamicBlock(
                        block, schema.blockType(block.labels().get(0)).orElseThrow(), diagnostics);
                dynamic.add(d);
                continue;
            }
            BlockTypeSchema type = schema.blockType(block.type()).get();
            DecodedBlock decoded =
                    new DecodedBlock(block, type.isOpaque() ? null : decode(block.body(), type.body(), diagnostics));
            if (type.nesting() == NestingMode.SINGLE) {
                DecodedBlock earlier = singles.putIfAbsent(type.type(), decoded);
                if (earlier != null) {
                    diagnostics.add(DecodeDiagnostics.DUPLICATE_BLOCK
                            .with(type.type())
                            .error(
                                    "Only one " + type.type() + " block is allowed. Another was defined at "
                                            + DecodeMessages.where(earlier.definitionRange()) + ".",
                                    block.definitionRange()));
                    continue;
                }
            }
            blocks.add(decoded);
        }
        for (BlockTypeSchema type : schema.blockTypes()) {
            boolean present = blocks.stream().anyMatch(b -> b.type().equals(type.type()))
                    || dynamic.stream().anyMatch(d -> d.blockType().equals(type.type()));
            if (type.required() && !present) {
                diagnostics.add(DecodeDiagnostics.MISSING_BLOCK
                        .with(type.type())
                        .error(
                                "A block of type \"" + type.type() + "\" is required here.",
                                content.missingItemRange()));
            }
        }
        return new DecodedBody(
                schema,
                attributes,
                blocks,
                dynamic,
                body.range(),
                content.missingItemRange(),
                !diagnostics.hasErrors());
    }

    private static DynamicBlock dynamicBlock(ContentBlock block, BlockTypeSchema target, Diagnostics diagnostics) {
        BlockSchema schema = DYNAMIC_ARGUMENTS.toBuilder()
                .block(new BlockTypeSchema("content", List.of(), NestingMode.SINGLE, true, target.body()))
                .build();
        DecodedBody body = decode(block.body(), schema, diagnostics);
        List<DecodedBlock> content = body.blocks("content");
        return new DynamicBlock(
                target.type(),
                body.attribute("for_each").orElse(null),
                body.attribute("iterator").orElse(null),
                body.attribute("labels").orElse(null),
                content.isEmpty() ? null : content.get(0),
                block.definitionRange());
    }
}
