package dev.kiln.compiler.ast;

import dev.kiln.compiler.source.SourceRange;
import java.util.List;

/** A piece of a template: literal text, an interpolation, or an {@code if}/{@code for} directive. */
public sealed interface TemplatePart extends Node {

    /** Literal text, escapes decoded. */
    record Literal(String text, SourceRange range) implements TemplatePart {}

    /** {@code ${ expression }}. */
    record Interpolation(Expression expression, SourceRange range) implements TemplatePart {}

    /** {@code %{ if condition }...%{ else }...%{ endif }}; {@code whenFalse} is empty without else. */
    record If(Expression condition, List<TemplatePart> whenTrue, List<TemplatePart> whenFalse, SourceRange range)
            implements TemplatePart {
        public If {
            whenTrue = List.copyOf(whenTrue);
            whenFalse = List.copyOf(whenFalse);
        }
    }

    /** {@code %{ for key, value in collection }...%{ endfor }}; {@code keyVar} is null with one variable. */
    record For(String keyVar, String valueVar, Expression collection, List<TemplatePart> body, SourceRange range)
            implements TemplatePart {
        public For {
            body = List.copyOf(body);
        }
    }
}
