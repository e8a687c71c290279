package dev.kiln.compiler.ast;

import dev.kiln.compiler.source.SourceFile;

/** One parsed template file: its source and its top-level body. */
public record ConfigFile(SourceFile source, Body body) {}
