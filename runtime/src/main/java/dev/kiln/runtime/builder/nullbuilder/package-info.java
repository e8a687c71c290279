/** The {@code null} builder: creates nothing, optionally connecting to an existing machine. */
package dev.kiln.runtime.builder.nullbuilder;
