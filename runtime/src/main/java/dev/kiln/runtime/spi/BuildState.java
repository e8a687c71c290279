package dev.kiln.runtime.spi;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the steps of one build share: values under typed keys (the instance id, the SSH key, the
 * communicator ...), the build's UI, and whether the build was cancelled. One per build; steps of
 * one build run on one thread, but cancellation and cleanup may come from another, hence the
 * concurrent map.
 */
public final class BuildState {

    private final String buildName;
    private final Ui ui;
    private final ConcurrentHashMap<StateKey<?>, Object> values = new ConcurrentHashMap<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** The state of the build named {@code buildName}, reporting through {@code ui}. */
    public BuildState(String buildName, Ui ui) {
        this.buildName = buildName;
        this.ui = ui;
    }

    /** The build's name as Packer prints it ({@code [BUILD.]TYPE.NAME}). */
    public String buildName() {
        return buildName;
    }

    /** The build's UI: everything a step says goes through it. */
    public Ui ui() {
        return ui;
    }

    /** Stores {@code value} under {@code key}, replacing what was there. */
    public <T> void put(StateKey<T> key, T value) {
        values.put(key, key.type().cast(value));
    }

    /** The value under {@code key}, if any. */
    public <T> Optional<T> get(StateKey<T> key) {
        return Optional.ofNullable(values.get(key)).map(key.type()::cast);
    }

    /** The value under {@code key}; a missing value is a bug in the step order. */
    public <T> T require(StateKey<T> key) {
        return get(key).orElseThrow(() -> new IllegalStateException("no " + key.name() + " in the build state"));
    }

    /** Removes the value under {@code key}. */
    public void remove(StateKey<?> key) {
        values.remove(key);
    }

    /** Marks the build cancelled (Ctrl-C, SIGTERM, or another build's failure with -on-error=abort). */
    public void cancel() {
        cancelled.set(true);
    }

    /** Whether the build was cancelled: long-running steps check this and stop early. */
    public boolean cancelled() {
        return cancelled.get();
    }
}
