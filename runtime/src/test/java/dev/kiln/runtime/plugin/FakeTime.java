package dev.kiln.runtime.plugin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when something pauses on it, recording each pause; tests never sleep. */
public final class FakeTime extends Clock implements Pause {

    private Instant now = Instant.parse("2024-01-02T03:04:05Z");
    private final List<Duration> pauses = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        pauses.add(duration);
        now = now.plus(duration);
    }

    /** Every pause so far. */
    public synchronized List<Duration> pauses() {
        return List.copyOf(pauses);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
