package dev.kiln.runtime.provisioner.shelllocal;

import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.ui.Ui;
import java.util.Map;

/** The {@code shell-local} provisioner: runs commands on the kiln host while the machine is being built. */
public final class ShellLocalProvisioner {

    private final ShellLocalRunner runner;

    /** A provisioner for {@code config} on this host. */
    public ShellLocalProvisioner(ShellLocalConfig config) {
        this.runner = new ShellLocalRunner(config, ShellLocalConfig.hostOs());
    }

    /** Runs the commands; {@code generated} is the build's generated data ({@code build.ID} and friends). */
    public void provision(Ui ui, Map<String, String> generated, String buildName, String builderType)
            throws PluginFailure, InterruptedException {
        runner.run(ui, generated, buildName, builderType);
    }
}
