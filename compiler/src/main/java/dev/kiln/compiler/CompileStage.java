package dev.kiln.compiler;

/** How far a {@link Compiler} takes a configuration; each stage includes the ones before it. */
public enum CompileStage {
    /** Find the {@code .j2} files and render them ({@code kiln render}). */
    RENDER,
    /** Render, then parse every config and auto var file ({@code validate -syntax-only}). */
    PARSE,
    /** Parse, decode the template and evaluate its variables, locals and data sources ({@code console}). */
    SCOPE,
    /** Evaluate the scope, then make the Plan of the selected builds ({@code validate}, {@code inspect}, {@code build}). */
    PLAN
}
