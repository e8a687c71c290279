/**
 * The immutable syntax tree of the native syntax: records and sealed interfaces, every node with
 * its {@code SourceRange}.
 */
package dev.kiln.compiler.ast;
