package dev.kiln.runtime.spi;

/**
 * A provisioner plugin instance, made by a {@link ProvisionerFactory} from its configuration
 * (evaluated with the build's real {@code build.*} values right before it runs). The engine wraps
 * it with {@code pause_before}, {@code timeout}, {@code max_retries} and {@code continue_on_error}.
 */
public interface Provisioner {

    /**
     * Provisions the machine. Throws {@link ProvisionException} when it fails and
     * {@link InterruptedException} when the build is cancelled or the timeout hits.
     */
    void provision(ProvisionContext context) throws ProvisionException, InterruptedException;
}
