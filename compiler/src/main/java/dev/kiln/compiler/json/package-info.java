/**
 * HCL's JSON syntax: a small parser that keeps ranges, and the mapping of JSON values to the
 * native AST so the evaluator sees one kind of expression.
 */
package dev.kiln.compiler.json;
