package dev.kiln.runtime.engine;

import dev.kiln.runtime.spi.Artifact;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How one build ended: its artifacts (builder artifact first when kept, then each chain's last),
 * or its error; {@code cancelled} when it stopped because of an interrupt.
 */
public record BuildOutcome(
        String name,
        int index,
        Duration duration,
        List<Artifact> artifacts,
        Optional<String> error,
        boolean cancelled) {

    public BuildOutcome {
        artifacts = List.copyOf(artifacts);
    }

    /** Whether the build succeeded. */
    public boolean succeeded() {
        return error.isEmpty();
    }
}
