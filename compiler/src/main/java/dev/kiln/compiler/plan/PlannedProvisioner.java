package dev.kiln.compiler.plan;

import java.time.Duration;

/**
 * A provisioner that runs in a build (its {@code only}/{@code except} already applied): type,
 * display name (null when unnamed) and the meta-arguments core handles. {@code timeout} is null when
 * {@code pause_before} is set, as in Packer's HCL mode where pause_before wins.
 */
public record PlannedProvisioner(
        String type,
        String name,
        PluginConfig config,
        Duration pauseBefore,
        int maxRetries,
        Duration timeout,
        boolean continueOnError) {}
