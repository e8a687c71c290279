package dev.kiln.compiler.ast;

import dev.kiln.compiler.source.SourceRange;
import java.util.List;

/**
 * A block, {@code type "label" ... { body }}. {@code labelRanges} has one range per label;
 * the brace ranges are where the block's body opens and closes.
 */
public record Block(
        String type,
        List<String> labels,
        Body body,
        SourceRange range,
        SourceRange typeRange,
        List<SourceRange> labelRanges,
        SourceRange openBraceRange,
        SourceRange closeBraceRange)
        implements BodyItem {

    public Block {
        labels = List.copyOf(labels);
        labelRanges = List.copyOf(labelRanges);
    }

    /** The block's header, from its type to its last label: what an editor shows as its definition. */
    public SourceRange definitionRange() {
        return labelRanges.isEmpty()
                ? typeRange
                : SourceRange.between(typeRange, labelRanges.get(labelRanges.size() - 1));
    }

    /** The header as HCL prints it in diagnostics: {@code source "amazon-ebs" "base"}. */
    public String header() {
        StringBuilder sb = new StringBuilder(type);
        for (String label : labels) {
            sb.append(" \"")
                    .append(label.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return sb.toString();
    }
}
