/**
 * {@code kiln fmt}: a port of hclwrite's token-based formatter and a unified diff printer.
 */
package dev.kiln.compiler.fmt;
