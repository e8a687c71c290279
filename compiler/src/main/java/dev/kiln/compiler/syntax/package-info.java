/**
 * Parsing the native syntax: the only package that sees ANTLR types. It builds the immutable AST,
 * names syntax errors in HCL's words, exposes the lossless token stream for the formatter, and
 * collects the files a stage read ({@code ParsedFiles}, returned as an immutable {@code SourceSet}).
 */
package dev.kiln.compiler.syntax;
