package dev.kiln.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code kiln build} asks a {@link PlanSource} for: the template, its variable inputs, the
 * -only/-except globs and whether values for undeclared variables in var files are warned about.
 */
public record BuildRequest(
        Path template,
        List<String> vars,
        List<String> varFiles,
        List<String> only,
        List<String> except,
        boolean warnOnUndeclaredVar) {}
