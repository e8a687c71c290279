package dev.kiln.runtime.engine;

import dev.kiln.runtime.spi.Ui;

/**
 * Makes the UIs of a run: one per build ({@code ==> BUILD: ...} in the build's colour) and one per
 * post-processor ({@code ==> BUILD (TYPE): ...}). {@code index} is the build's position, which
 * picks its colour.
 */
public interface BuildUis {

    /** The UI of the build {@code name}. */
    Ui build(String name, int index);

    /** The UI of a post-processor of type {@code type} in the build {@code name}. */
    Ui postProcessor(String name, int index, String type);
}
