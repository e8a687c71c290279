/**
 * Source texts and positions: {@code SourceFile}, {@code SourcePos}, {@code SourceRange}, the
 * file name rules ({@code ConfigFileNames}) and {@code Documents}, where the compiler reads files
 * (the disk, or an editor's unsaved buffers in their place).
 */
package dev.kiln.compiler.source;
