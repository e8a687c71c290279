package dev.kiln.runtime.datasource;

import dev.kiln.compiler.datasource.DataSourceRequest;
import dev.kiln.compiler.datasource.DataSourceResult;
import dev.kiln.compiler.datasource.DataSourceRunner;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.runtime.spi.DataSource;
import dev.kiln.runtime.spi.DataSourceFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The data sources of one run, made from the catalog: what {@code validate -evaluate-datasources} and
 * {@code build} pass to the scope evaluation. Each type is made on its first block only (so runs
 * without one never load the AWS SDK); close it when the run ends, which closes them.
 */
public final class DataSources implements DataSourceRunner, AutoCloseable {

    private final PluginCatalog catalog;
    private final Map<String, DataSource> running = new HashMap<>();

    /** The data sources of {@code catalog}. */
    public DataSources(PluginCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public synchronized DataSourceResult run(DataSourceRequest request) {
        DataSource source = running.get(request.type());
        if (source == null) {
            Optional<DataSourceFactory> factory = catalog.dataSource(request.type());
            // A validate-only data source: its body was checked, but nothing can run it.
            if (factory.isEmpty()) {
                return new DataSourceResult.Failure(
                        "kiln cannot run data sources of type " + request.type() + " yet", "");
            }
            source = factory.get().create();
            running.put(request.type(), source);
        }
        return source.run(request.config());
    }

    @Override
    public synchronized void close() {
        running.values().forEach(DataSource::close);
        running.clear();
    }
}
