package dev.kiln.compiler.config;

import dev.kiln.compiler.decode.DecodedBody;
import dev.kiln.compiler.source.SourceRange;

/** An {@code hcp_packer_registry} block, decoded but unused: kiln does not talk to HCP Packer. */
public record HcpRegistry(DecodedBody body, SourceRange definitionRange) {}
