/** The {@code file} builder: writes one file as its artifact. */
package dev.kiln.runtime.builder.file;
