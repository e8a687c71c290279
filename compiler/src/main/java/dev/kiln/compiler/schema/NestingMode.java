package dev.kiln.compiler.schema;

/** How many blocks of one type a body may hold, and how they are collected. */
public enum NestingMode {
    /** At most one block (a second is "Duplicate X block"). */
    SINGLE,
    /** Any number of blocks, in source order. */
    LIST,
    /** Any number of blocks, keyed by their (single) label. */
    MAP
}
