package dev.kiln.compiler.decode;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.schema.AttributeSchema;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.source.SourceRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several bodies read as one, as {@code hcl.MergeBodies}: a build's {@code source} block adds
 * arguments to the top-level source it uses, but setting one twice is a "Duplicate argument".
 */
public record MergedBody(List<ConfigBody> parts) implements ConfigBody {

    public MergedBody {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) throw new IllegalArgumentException("a merged body needs at least one part");
    }

    @Override
    public BodyContent content(BlockSchema schema, Diagnostics diagnostics) {
        return merge(schema, diagnostics, true).content();
    }

    @Override
    public PartialContent partialContent(BlockSchema schema, Diagnostics diagnostics) {
        return merge(schema, diagnostics, false);
    }

    private PartialContent merge(BlockSchema schema, Diagnostics diagnostics, boolean complete) {
        BlockSchema lenient = schema.withoutRequired();
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        List<ContentBlock> blocks = new ArrayList<>();
        List<ConfigBody> remaining = new ArrayList<>();
        for (ConfigBody part : parts) {
            BodyContent content;
            if (complete) {
                content = part.content(lenient, diagnostics);
            } else {
                PartialContent partial = part.partialContent(lenient, diagnostics);
                content = partial.content();
                remaining.add(partial.remaining());
            }
            for (Attribute a : content.attributes()) {
                Attribute existing = attributes.get(a.name());
                if (existing != null) {
                    diagnostics.add(
                            DecodeMessages.duplicateArgument(a.name(), existing.nameRange(), a.nameRange(), a.range()));
                } else {
                    attributes.put(a.name(), a);
                }
            }
            blocks.addAll(content.blocks());
        }
        for (AttributeSchema a : schema.attributes()) {
            if (a.required() && !attributes.containsKey(a.name())) {
                diagnostics.add(DecodeMessages.missingRequired(a.name(), missingItemRange()));
            }
        }
        BodyContent merged = new BodyContent(List.copyOf(attributes.values()), blocks, missingItemRange());
        return new PartialContent(merged, complete ? this : new MergedBody(remaining));
    }

    @Override
    public List<Attribute> justAttributes(Diagnostics diagnostics) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        for (ConfigBody part : parts) {
            for (Attribute a : part.justAttributes(diagnostics)) {
                Attribute existing = attributes.putIfAbsent(a.name(), a);
                if (existing != null) {
                    diagnostics.add(
                            DecodeMessages.duplicateArgument(a.name(), existing.nameRange(), a.nameRange(), a.range()));
                }
            }
        }
        return List.copyOf(attributes.values());
    }

    @Override
    public SourceRange range() {
        return parts.get(0).range();
    }

    @Override
    public SourceRange missingItemRange() {
        return parts.get(0).missingItemRange();
    }
}
