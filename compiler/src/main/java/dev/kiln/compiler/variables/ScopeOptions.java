package dev.kiln.compiler.variables;

import dev.kiln.compiler.datasource.DataSourceRunner;
import dev.kiln.stdlib.functions.FunctionEnvironment;
import java.nio.file.Path;

/**
 * How to evaluate a scope.
 *
 * @param initializationChecks whether Packer's {@code Initialize} checks run: an unset variable is an
 *     error and validation rules are checked ({@code validate}, {@code build}); without them an
 *     unset variable is unknown ({@code inspect})
 * @param functions what impure functions read; its base directory is replaced by the template root
 * @param packerVersion {@code packer.version}
 * @param workingDirectory {@code path.cwd}
 * @param dataSources what runs {@code data} blocks; {@link DataSourceRunner#NONE} leaves their outputs unknown
 */
public record ScopeOptions(
        boolean initializationChecks,
        FunctionEnvironment functions,
        String packerVersion,
        Path workingDirectory,
        DataSourceRunner dataSources) {

    /** The Packer version kiln behaves as. */
    public static final String PACKER_VERSION = "1.16.0";

    /** For {@code validate} and {@code build}: every variable must have a value, rules are checked. */
    public static ScopeOptions validate(FunctionEnvironment functions) {
        return new ScopeOptions(true, functions, PACKER_VERSION, Path.of("").toAbsolutePath(), DataSourceRunner.NONE);
    }

    /** For {@code inspect}: unset variables are shown as unknown, rules are not checked. */
    public static ScopeOptions inspect(FunctionEnvironment functions) {
        return new ScopeOptions(false, functions, PACKER_VERSION, Path.of("").toAbsolutePath(), DataSourceRunner.NONE);
    }

    /** These options with data sources run by {@code runner} ({@code validate -evaluate-datasources}, {@code build}). */
    public ScopeOptions withDataSources(DataSourceRunner runner) {
        return new ScopeOptions(initializationChecks, functions, packerVersion, workingDirectory, runner);
    }
}
