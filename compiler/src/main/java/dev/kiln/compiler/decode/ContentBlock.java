package dev.kiln.compiler.decode;

import dev.kiln.compiler.source.SourceRange;
import java.util.List;

/**
 * A nested block found in a body: type, labels and the still undecoded body. {@code definitionRange}
 * is the header (type and labels; the opening brace in JSON), where block-level problems point.
 */
public record ContentBlock(
        String type,
        List<String> labels,
        ConfigBody body,
        SourceRange typeRange,
        List<SourceRange> labelRanges,
        SourceRange definitionRange) {

    public ContentBlock {
        labels = List.copyOf(labels);
        labelRanges = List.copyOf(labelRanges);
    }

    /** The header as diagnostics print it: {@code provisioner "shell"}. */
    public String header() {
        StringBuilder sb = new StringBuilder(type);
        for (String label : labels) sb.append(" \"").append(label).append('"');
        return sb.toString();
    }
}
