package dev.kiln.compiler.plan;

import java.util.List;

/**
 * One build: a source used by a build block, with everything the runtime runs for it.
 * {@code name} is Packer's build name {@code [BUILD.]TYPE.NAME} (NAME: the build-level rename if any),
 * what {@code -only}/{@code -except} match and the UI prefixes. {@code buildBlockName} and
 * {@code description} are null when the build block sets none; {@code sourceBlockName} is the
 * name of the top-level source block. {@code errorCleanupProvisioner} is null when there is none.
 */
public record PlannedBuild(
        String name,
        String buildBlockName,
        String description,
        String sourceType,
        String sourceName,
        String sourceBlockName,
        PluginConfig sourceConfig,
        List<PlannedProvisioner> provisioners,
        PlannedProvisioner errorCleanupProvisioner,
        List<List<PlannedPostProcessor>> postProcessorChains) {

    public PlannedBuild {
        provisioners = List.copyOf(provisioners);
        postProcessorChains = postProcessorChains.stream().map(List::copyOf).toList();
    }
}
