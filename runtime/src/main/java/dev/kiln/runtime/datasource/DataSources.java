package dev.kiln.runtime.datasource;

import dev.kiln.compiler.datasource.DataSourceRequest;
import dev.kiln.compiler.datasource.DataSourceResult;
import dev.kiln.compiler.datasource.DataSourceRunner;
import dev.kiln.runtime.datasource.amazonami.AmazonAmiDataSource;

/**
 * The data sources kiln runs, by type: what {@code validate -evaluate-datasources} and {@code build}
 * pass to the scope evaluation. Close it when the run ends: it holds the cloud clients it created.
 */
public final class DataSources implements DataSourceRunner, AutoCloseable {

    // Created on the first amazon-ami block only, so that runs without one never load the AWS SDK.
    private AmazonAmiDataSource amazonAmi;

    @Override
    public synchronized DataSourceResult run(DataSourceRequest request) {
        if (request.type().equals("amazon-ami")) {
            if (amazonAmi == null) amazonAmi = AmazonAmiDataSource.withDefaultChains();
            return amazonAmi.run(request.config());
        }
        // Every type in PluginCatalog's data sources must be handled above; this is what a forgotten one gives.
        return new DataSourceResult.Failure("kiln cannot run data sources of type " + request.type() + " yet", "");
    }

    @Override
    public synchronized void close() {
        if (amazonAmi != null) amazonAmi.close();
        amazonAmi = null;
    }
}
