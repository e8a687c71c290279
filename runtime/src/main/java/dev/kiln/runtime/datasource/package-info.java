/**
 * Data sources that run: {@link dev.kiln.runtime.datasource.DataSources} is the
 * {@link dev.kiln.compiler.datasource.DataSourceRunner} the cli gives the scope evaluation.
 */
package dev.kiln.runtime.datasource;
