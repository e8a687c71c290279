/**
 * The compiler's side of data sources: what a {@code data "TYPE" "NAME"} block asks for
 * ({@link dev.kiln.compiler.datasource.DataSourceRequest}) and what running it gives
 * ({@link dev.kiln.compiler.datasource.DataSourceResult}). The runtime implements
 * {@link dev.kiln.compiler.datasource.DataSourceRunner}; the compiler never talks to a cloud.
 */
package dev.kiln.compiler.datasource;
