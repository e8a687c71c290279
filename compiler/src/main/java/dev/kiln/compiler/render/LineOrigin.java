package dev.kiln.compiler.render;

/** The template file (by display name) and 1-based line that one rendered line came from. */
public record LineOrigin(String file, int line) {}
