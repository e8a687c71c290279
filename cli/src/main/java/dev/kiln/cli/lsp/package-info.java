/**
 * {@code kiln lsp}: the language server on LSP4J. Diagnostics come from the compiler facade
 * {@code validate} uses, for the document's whole directory with the editor's open texts; hover
 * and completion read the plugin schemas and the function catalog; formatting is {@code kiln fmt}'s.
 */
package dev.kiln.cli.lsp;
