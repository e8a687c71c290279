/**
 * Expression evaluation with hclsyntax and cty semantics: one class per form, an immutable
 * {@code EvalContext}, and the special forms ({@code can}, {@code try}, {@code convert},
 * {@code templatefile}) that take expressions rather than values.
 */
package dev.kiln.compiler.eval;
