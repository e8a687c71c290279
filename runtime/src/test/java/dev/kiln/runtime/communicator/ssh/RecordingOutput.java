package dev.kiln.runtime.communicator.ssh;

import dev.kiln.runtime.spi.CommandOutput;
import java.util.ArrayList;
import java.util.List;

/** Collects command output as "out: line" / "err: line" entries, in arrival order. */
class RecordingOutput implements CommandOutput {

    final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void stdout(String line) {
        lines.add("out: " + line);
    }

    @Override
    public synchronized void stderr(String line) {
        lines.add("err: " + line);
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
