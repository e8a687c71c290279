package dev.kiln.runtime.plan;

import dev.kiln.runtime.engine.PostProcessorRun;
import dev.kiln.runtime.spi.BuildVariables;
import dev.kiln.runtime.spi.PostProcessException;
import dev.kiln.runtime.spi.PostProcessor;
import dev.kiln.runtime.spi.PostProcessorFactory;

/**
 * A planned post-processor made right before it runs: its Plan configuration evaluated again with
 * the build's {@code build.*} values, then given to the plugin's factory.
 */
record PostProcessorSource(RunTimeConfig config, PostProcessorFactory factory) implements PostProcessorRun.Source {

    @Override
    public PostProcessor create(BuildVariables variables) throws PostProcessException {
        RunTimeConfig.Evaluated evaluated = config.evaluate(variables);
        if (evaluated.body().isEmpty()) throw new PostProcessException(evaluated.errors());
        try {
            return factory.create(evaluated.body().get());
        } catch (RuntimeException e) {
            throw new PostProcessException(e.getMessage(), e);
        }
    }
}
