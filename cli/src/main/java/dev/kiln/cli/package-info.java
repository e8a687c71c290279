/**
 * The {@code kiln} command line: one picocli class per command holding only its options, and plain
 * classes that turn the options into {@code CompileRequest}s (or a build) and print the outcome.
 * Only this module prints.
 */
package dev.kiln.cli;
