package dev.kiln.runtime.plugin;

import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.BuildVariables;
import dev.kiln.runtime.spi.PostProcessContext;
import dev.kiln.runtime.spi.Ui;
import java.nio.file.Path;

/** Post-processor contexts as the engine passes them, for the build {@code file.example} (source {@code example}). */
public final class TestPostContexts {

    private TestPostContexts() {}

    /** A context of run {@code runUuid}, resolving paths against {@code dir}. */
    public static PostProcessContext of(Ui ui, Path dir, String runUuid, boolean force) {
        BuildVariables vars = BuildVariables.initial("file.example", "file", runUuid);
        return new PostProcessContext(
                ui, "file.example", "file", "example", vars, force, new BuildState("file.example", ui), dir);
    }
}
