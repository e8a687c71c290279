package dev.kiln.compiler.variables;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.config.InputVariable;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.convert.Defaults;
import dev.kiln.stdlib.type.Type;
import java.util.ArrayList;
import java.util.List;

/** A variable whose declaration was read without errors, collecting the values given to it in precedence order. */
final class DeclaredVariable {

    /** A validation rule that passed its static checks. */
    record Rule(Expression condition, String errorMessage, SourceRange definitionRange) {}

    final InputVariable declaration;
    final Type type;
    final Defaults defaults;
    final boolean sensitive;
    final String description;
    final boolean hasDefault;
    final List<Rule> rules;
    final List<Assignment> assignments = new ArrayList<>();

    DeclaredVariable(
            InputVariable declaration,
            Type type,
            Defaults defaults,
            boolean sensitive,
            String description,
            boolean hasDefault,
            List<Rule> rules) {
        this.declaration = declaration;
        this.type = type;
        this.defaults = defaults;
        this.sensitive = sensitive;
        this.description = description;
        this.hasDefault = hasDefault;
        this.rules = List.copyOf(rules);
    }

    String name() {
        return declaration.name();
    }

    /** {@code value} converted to this variable's type, {@code optional()} defaults applied. */
    ConversionResult convert(dev.kiln.stdlib.value.Value value) {
        return Conversion.convert(value, type, defaults);
    }

    /** The winning assignment, or null when nothing set this variable. */
    Assignment winner() {
        return assignments.isEmpty() ? null : assignments.get(assignments.size() - 1);
    }
}
