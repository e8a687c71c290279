package dev.kiln.compiler.datasource;

import dev.kiln.stdlib.value.Value;

/** What running a data source gave: its output object, an unknown output, or a failure. */
public sealed interface DataSourceResult {

    /** The output object, {@code data.TYPE.NAME} in the scope. */
    record Output(Value value) implements DataSourceResult {}

    /** Not run: the output is only known later (validate without {@code -evaluate-datasources}). */
    record Unknown() implements DataSourceResult {}

    /**
     * The data source failed. As in Packer the error text is the diagnostic's summary ({@code detail}
     * is usually empty) and the diagnostic points at the data block.
     */
    record Failure(String summary, String detail) implements DataSourceResult {}
}
