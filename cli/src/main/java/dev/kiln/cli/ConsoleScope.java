package dev.kiln.cli;

import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.syntax.SourceSet;

/**
 * What {@code kiln console} evaluates in: the context ({@code var}, {@code local}, {@code path},
 * functions) and the files diagnostics may quote.
 *
 * <p>Without a template, {@link TemplatelessScope} gives empty {@code var} and {@code local}
 * objects; with a TEMPLATE (and {@code -var}/{@code -var-file}), {@link TemplateConsoleScope} has
 * the template's evaluated variables and locals.
 */
interface ConsoleScope {

    /** The context every console line is evaluated in. */
    EvalContext context();

    /** The template files parsed for this scope, so diagnostics can quote them. */
    SourceSet sources();
}
