/**
 * The compiler facade: {@link dev.kiln.compiler.Compiler#compile} turns one {@link
 * dev.kiln.compiler.CompileRequest} (a path, its documents, parameters, variables, build selection
 * and scope options) into an immutable {@link dev.kiln.compiler.Compilation}; every command and
 * editor integration goes through it.
 */
package dev.kiln.compiler;
