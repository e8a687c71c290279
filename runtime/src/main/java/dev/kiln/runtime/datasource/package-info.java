/**
 * Data sources that run: {@link dev.kiln.runtime.datasource.DataSources} is the
 * {@link dev.kiln.compiler.datasource.DataSourceRunner} made from the plugin catalog.
 */
package dev.kiln.runtime.datasource;
