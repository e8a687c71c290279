package dev.kiln.runtime.engine;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.spi.Builder;
import java.util.List;
import java.util.Optional;

/**
 * One build, ready to run: its name ({@code [BUILD.]TYPE.NAME}), source type and name, the builder
 * and its evaluated configuration, the provisioners, the error-cleanup provisioner and the
 * post-processor chains (each a list; the artifact passes along a chain).
 */
public record BuildJob(
        String name,
        String sourceType,
        String sourceName,
        Builder builder,
        ConfigView sourceConfig,
        List<ProvisionerRun> provisioners,
        Optional<ProvisionerRun> errorCleanupProvisioner,
        List<List<PostProcessorRun>> postProcessorChains) {

    public BuildJob {
        provisioners = List.copyOf(provisioners);
        postProcessorChains = postProcessorChains.stream().map(List::copyOf).toList();
    }
}
