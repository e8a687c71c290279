package dev.kiln.compiler.decode;

import dev.kiln.compiler.source.SourceRange;
import java.util.List;

/**
 * A nested block after decoding: its header, the raw body, and the decoded body ({@code null} when
 * the schema leaves the body opaque for a later stage, such as a plugin's configuration).
 */
public record DecodedBlock(ContentBlock header, DecodedBody body) {

    /** The block type. */
    public String type() {
        return header.type();
    }

    /** The labels. */
    public List<String> labels() {
        return header.labels();
    }

    /** The body as written, for stages that decode it with another schema. */
    public ConfigBody rawBody() {
        return header.body();
    }

    /** The header, where block-level problems point. */
    public SourceRange definitionRange() {
        return header.definitionRange();
    }
}
