package dev.kiln.runtime.plugin;

import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.BuildVariables;
import dev.kiln.runtime.spi.Communicator;
import dev.kiln.runtime.spi.ProvisionContext;
import dev.kiln.runtime.spi.Ui;
import java.nio.file.Path;

/** Contexts as the engine passes them, for a build {@code null.example} of type {@code null}. */
public final class TestContexts {

    private TestContexts() {}

    /** A provisioning context with {@code communicator} (null: {@code communicator = "none"}). */
    public static ProvisionContext provision(Ui ui, Communicator communicator) {
        BuildVariables vars =
                BuildVariables.initial("null.example", "null", "run-1").with(BuildVariables.ID, "Null");
        return new ProvisionContext(
                ui, communicator, vars, new BuildState("null.example", ui), "null.example", "null", Path.of("."));
    }
}
