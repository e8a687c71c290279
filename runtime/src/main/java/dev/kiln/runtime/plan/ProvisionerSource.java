package dev.kiln.runtime.plan;

import dev.kiln.runtime.engine.ProvisionerRun;
import dev.kiln.runtime.spi.BuildVariables;
import dev.kiln.runtime.spi.ProvisionException;
import dev.kiln.runtime.spi.Provisioner;
import dev.kiln.runtime.spi.ProvisionerFactory;

/**
 * A planned provisioner made right before it runs: its Plan configuration evaluated again with the
 * build's real {@code build.*} values, then given to the plugin's factory.
 */
record ProvisionerSource(RunTimeConfig config, ProvisionerFactory factory) implements ProvisionerRun.Source {

    @Override
    public Provisioner create(BuildVariables variables) throws ProvisionException {
        RunTimeConfig.Evaluated evaluated = config.evaluate(variables);
        if (evaluated.body().isEmpty()) throw new ProvisionException(evaluated.errors());
        try {
            return factory.create(evaluated.body().get());
        } catch (RuntimeException e) {
            // Plugin constructors reject configurations only validation could not see (build.* values).
            throw new ProvisionException(e.getMessage(), e);
        }
    }
}
