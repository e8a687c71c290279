/**
 * Diagnostics: the {@code Diagnostic} record (with its stable code), {@code DiagnosticKind} (the
 * interface of every area's catalog), collecting them, and rendering them in HCL's text format.
 */
package dev.kiln.compiler.diag;
