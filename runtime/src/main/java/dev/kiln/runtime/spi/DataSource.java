package dev.kiln.runtime.spi;

import dev.kiln.compiler.datasource.DataSourceResult;
import dev.kiln.compiler.schema.ConfigView;

/**
 * A data source plugin instance, made once per run by its {@link DataSourceFactory} and closed when
 * the run ends (it may hold cloud clients).
 */
public interface DataSource extends AutoCloseable {

    /** Runs one {@code data} block whose checked body is {@code config}; problems are a failure result. */
    DataSourceResult run(ConfigView config);

    @Override
    default void close() {}
}
