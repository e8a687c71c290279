package dev.kiln.runtime.spi;

/** Makes a data source, on the first {@code data} block of its type only (it may load a cloud SDK). */
@FunctionalInterface
public non-sealed interface DataSourceFactory extends PluginFactory {

    /** A new data source. */
    DataSource create();
}
