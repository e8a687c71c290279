package dev.kiln.runtime.postprocessor.shelllocal;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.provisioner.shelllocal.ShellLocalConfig;
import dev.kiln.runtime.provisioner.shelllocal.ShellLocalRunner;
import dev.kiln.runtime.spi.Artifact;
import dev.kiln.runtime.spi.PostProcessContext;
import dev.kiln.runtime.spi.PostProcessException;
import dev.kiln.runtime.spi.PostProcessResult;
import dev.kiln.runtime.spi.PostProcessor;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code shell-local} post-processor: runs commands on the kiln host after the build and
 * passes the artifact through, always kept (use {@code artifice} to replace it).
 */
public final class ShellLocalPostProcessor implements PostProcessor {

    private final ConfigView values;

    /** The post-processor configured by {@code values}. */
    public ShellLocalPostProcessor(ConfigView values) {
        this.values = values;
    }

    @Override
    public PostProcessResult process(PostProcessContext context, Artifact input)
            throws PostProcessException, InterruptedException {
        String os = ShellLocalConfig.hostOs();
        Map<String, String> generated = new HashMap<>(context.buildVariables().values());
        generated.putAll(input.state());
        try {
            new ShellLocalRunner(ShellLocalConfig.decode(values, true), os)
                    .run(context.ui(), generated, context.sourceName(), context.builderType());
        } catch (PluginConfigException | PluginFailure e) {
            throw new PostProcessException(e.getMessage(), e);
        }
        return new PostProcessResult(input, true, true);
    }
}
