package dev.kiln.compiler.config;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.decode.DynamicBlock;
import dev.kiln.compiler.source.SourceRange;
import java.util.List;

/**
 * A {@code build} block. {@code name}, {@code description} and {@code sources} are the attributes as
 * written (null when absent; evaluated later with variables and locals). {@code sourceUses} holds
 * the uses that could be read without evaluation: every {@code source} block and every literal entry
 * of {@code sources}. Each {@code post-processor} block is a chain of one; each
 * {@code post-processors} block one chain.
 */
public record BuildBlock(
        Attribute name,
        Attribute description,
        Attribute sources,
        List<SourceUse> sourceUses,
        List<ProvisionerBlock> provisioners,
        ProvisionerBlock errorCleanupProvisioner,
        List<List<PostProcessorBlock>> postProcessorChains,
        HcpRegistry hcpRegistry,
        List<DynamicBlock> dynamicBlocks,
        SourceRange definitionRange) {

    public BuildBlock {
        sourceUses = List.copyOf(sourceUses);
        provisioners = List.copyOf(provisioners);
        postProcessorChains = postProcessorChains.stream().map(List::copyOf).toList();
        dynamicBlocks = List.copyOf(dynamicBlocks);
    }

    /**
     * Whether {@code sources} is set to something other than a list of plain strings (a local, a
     * template): such a list is known only once the variables are, so the planner evaluates it.
     */
    public boolean sourcesNeedEvaluation() {
        return sources != null && !BuildDecoder.hasLiteralSources(sources);
    }
}
