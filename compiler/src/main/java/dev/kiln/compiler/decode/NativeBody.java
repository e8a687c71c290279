package dev.kiln.compiler.decode;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.ast.Block;
import dev.kiln.compiler.ast.Body;
import dev.kiln.compiler.diag.Diagnostics;
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
 * A body in HCL's native syntax, following {@code hclsyntax.Body}: {@code hidden} holds the
 * arguments and block types an earlier partial decode took, which this view no longer shows.
 */
public record NativeBody(Body body, Set<String> hiddenAttributes, Set<String> hiddenBlocks) implements ConfigBody {

    static final BlockTypeSchema DYNAMIC_HEADER = BlockTypeSchema.list(DecodeMessages.DYNAMIC, null, "type");

    public NativeBody {
        hiddenAttributes = Set.copyOf(hiddenAttributes);
        hiddenBlocks = Set.copyOf(hiddenBlocks);
    }

    /** The whole of {@code body}. */
    public static NativeBody of(Body body) {
        return new NativeBody(body, Set.of(), Set.of());
    }

    @Override
    public BodyContent content(BlockSchema schema, Diagnostics diagnostics) {
        PartialContent partial = partialContent(schema, diagnostics);
        NativeBody remaining = (NativeBody) partial.remaining();
        Set<String> used = new HashSet<>();
        partial.content().attributes().forEach(a -> used.add(a.name()));
        for (Attribute attribute : body.attributes()) {
            if (remaining.hiddenAttributes.contains(attribute.name())) continue;
            if (schema.blockType(attribute.name()).isPresent()) continue; // reported by partialContent
            diagnostics.add(DecodeMessages.unsupportedArgument(attribute.name(), attribute.nameRange(), schema, used));
        }
        for (Block block : body.blocks()) {
            if (remaining.hiddenBlocks.contains(block.type())) continue;
            diagnostics.add(DecodeMessages.unsupportedBlock(block.type(), block.typeRange(), schema));
        }
        return partial.content();
    }

    @Override
    public PartialContent partialContent(BlockSchema schema, Diagnostics diagnostics) {
        Map<String, Attribute> present = new LinkedHashMap<>();
        for (Attribute attribute : body.attributes()) {
            if (!hiddenAttributes.contains(attribute.name())) present.putIfAbsent(attribute.name(), attribute);
        }
        Set<String> takenAttributes = new HashSet<>(hiddenAttributes);
        List<Attribute> attributes = new ArrayList<>();
        for (Attribute attribute : present.values()) {
            if (schema.attribute(attribute.name()).isPresent()) {
                attributes.add(attribute);
                takenAttributes.add(attribute.name());
            } else if (schema.blockType(attribute.name()).isPresent()) {
                diagnostics.add(DecodeDiagnostics.UNSUPPORTED_ARGUMENT.error(
                        "An argument named \"" + attribute.name()
                                + "\" is not expected here. Did you mean to define a block of type \""
                                + attribute.name() + "\"?",
                        attribute.nameRange()));
                takenAttributes.add(attribute.name());
            }
        }
        for (AttributeSchema a : schema.attributes()) {
            if (a.required() && !present.containsKey(a.name())) {
                diagnostics.add(DecodeMessages.missingRequired(a.name(), missingItemRange()));
            }
        }

        Set<String> takenBlocks = new HashSet<>(hiddenBlocks);
        List<ContentBlock> blocks = new ArrayList<>();
        for (Block block : body.blocks()) {
            if (hiddenBlocks.contains(block.type())) continue;
            BlockTypeSchema type = schema.blockType(block.type()).orElse(null);
            if (type == null
                    && block.type().equals(DecodeMessages.DYNAMIC)
                    && !schema.blockTypeNames().isEmpty()) {
                type = DYNAMIC_HEADER;
            }
            if (type == null) continue;
            takenBlocks.add(block.type());
            ContentBlock content = header(block, type, schema, diagnostics);
            if (content != null) blocks.add(content);
        }
        return new PartialContent(
                new BodyContent(attributes, blocks, missingItemRange()),
                new NativeBody(body, takenAttributes, takenBlocks));
    }

    private static ContentBlock header(Block block, BlockTypeSchema type, BlockSchema schema, Diagnostics diagnostics) {
        SourceRange context = SourceRange.between(block.typeRange(), block.openBraceRange());
        int wanted = type.labelNames().size();
        if (block.labels().size() > wanted) {
            diagnostics.add(
                    DecodeMessages.extraneousLabel(type, block.labelRanges().get(wanted), context));
            return null;
        }
        if (block.labels().size() < wanted) {
            diagnostics.add(DecodeMessages.missingLabel(type, block.labels().size(), block.openBraceRange(), context));
            return null;
        }
        if (type == DYNAMIC_HEADER && schema.blockType(block.labels().get(0)).isEmpty()) {
            diagnostics.add(DecodeMessages.unsupportedBlock(
                    block.labels().get(0), block.labelRanges().get(0), schema));
            return null;
        }
        return new ContentBlock(
                block.type(),
                block.labels(),
                NativeBody.of(block.body()),
                block.typeRange(),
                block.labelRanges(),
                block.definitionRange());
    }

    @Override
    public List<Attribute> justAttributes(Diagnostics diagnostics) {
        List<Attribute> attributes = new ArrayList<>();
        for (Attribute attribute : body.attributes()) {
            if (!hiddenAttributes.contains(attribute.name())) attributes.add(attribute);
        }
        for (Block block : body.blocks()) {
            if (hiddenBlocks.contains(block.type())) continue;
            diagnostics.add(DecodeDiagnostics.UNEXPECTED_BLOCK
                    .with(block.type())
                    .error("Blocks are not allowed here.", block.typeRange()));
        }
        return attributes;
    }

    @Override
    public SourceRange range() {
        return body.range();
    }

    @Override
    public SourceRange missingItemRange() {
        return body.missingItemRange();
    }
}
