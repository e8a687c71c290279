package dev.kiln.runtime.engine;

import dev.kiln.runtime.spi.BuildVariables;
import dev.kiln.runtime.spi.ProvisionException;
import dev.kiln.runtime.spi.Provisioner;
import java.time.Duration;

/**
 * One provisioner of a build as the Plan gives it ({@code only}/{@code except} and
 * {@code override} already applied): how to make it once the {@code build.*} values are known,
 * and its {@code pause_before}, {@code max_retries}, {@code timeout} and {@code continue_on_error}.
 */
public record ProvisionerRun(
        String type,
        String name,
        Source source,
        Duration pauseBefore,
        int maxRetries,
        Duration timeout,
        boolean continueOnError) {

    /** A provisioner with no meta-arguments. */
    public static ProvisionerRun of(String type, Source source) {
        return new ProvisionerRun(type, "", source, Duration.ZERO, 0, Duration.ZERO, false);
    }

    /** Makes the provisioner, evaluating its configuration with the build's real {@code build.*} values. */
    @FunctionalInterface
    public interface Source {
        /** The configured provisioner; a configuration that fails to evaluate is a provisioning error. */
        Provisioner create(BuildVariables variables) throws ProvisionException;
    }
}
