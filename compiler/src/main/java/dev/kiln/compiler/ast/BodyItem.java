package dev.kiln.compiler.ast;

/** An argument or a block. */
public sealed interface BodyItem extends Node permits Attribute, Block {}
