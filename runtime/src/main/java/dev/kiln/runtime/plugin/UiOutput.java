package dev.kiln.runtime.plugin;

import dev.kiln.runtime.spi.CommandOutput;
import dev.kiln.runtime.spi.Ui;

/** Streams a command's output to the build's Ui: stdout as output lines, stderr as error lines (red). */
public record UiOutput(Ui ui) implements CommandOutput {

    @Override
    public void stdout(String line) {
        ui.output(line);
    }

    @Override
    public void stderr(String line) {
        ui.error(line);
    }
}
