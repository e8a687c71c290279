package dev.kiln.compiler.datasource;

/**
 * Runs data sources for the scope evaluation, which calls it once per {@code data} block in
 * dependency order, after the block's body is evaluated, type-checked and its rules passed.
 */
public interface DataSourceRunner {

    /**
     * The default, as {@code validate} without {@code -evaluate-datasources}: nothing runs, every output
     * is unknown and, as in Packer, the plugin's rules are not checked (Packer does not configure skipped data sources).
     */
    DataSourceRunner NONE = new DataSourceRunner() {
        @Override
        public boolean runs() {
            return false;
        }

        @Override
        public DataSourceResult run(DataSourceRequest request) {
            return new DataSourceResult.Unknown();
        }
    };

    /** Whether this runner executes data sources; when false the scope neither checks rules nor calls {@link #run}. */
    default boolean runs() {
        return true;
    }

    /** Runs one data source. Problems are a {@link DataSourceResult.Failure}, never an exception. */
    DataSourceResult run(DataSourceRequest request);
}
