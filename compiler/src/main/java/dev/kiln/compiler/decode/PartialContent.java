package dev.kiln.compiler.decode;

/** The part of a body one schema describes, and the rest of the body for another schema. */
public record PartialContent(BodyContent content, ConfigBody remaining) {}
