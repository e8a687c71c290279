package dev.kiln.compiler.variables;

import dev.kiln.compiler.config.InputVariable;
import dev.kiln.compiler.config.Template;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.eval.EvaluatorFunctions;
import dev.kiln.compiler.syntax.ParsedFiles;
import dev.kiln.stdlib.function.FunctionCatalog;
import dev.kiln.stdlib.functions.PackerFunctions;
import dev.kiln.stdlib.value.Mark;
import dev.kiln.stdlib.value.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the variables and locals of a template into the context every later stage evaluates
 * in, following Packer's {@code Parse} (declarations, then values from every source) and
 * {@code Initialize} (unset variables, validation rules, then locals and data sources in dependency
 * order; data sources run only with a {@link ScopeOptions#dataSources() runner}).
 */
public final class TemplateScope {

    private TemplateScope() {}

    /**
     * The scope of {@code template}. The var files read are in the result, so diagnostics
     * pointing into them render with their source lines. Never throws on bad input.
     */
    public static ScopeResult evaluate(Template template, VariableInputs inputs, ScopeOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        ParsedFiles files = new ParsedFiles();
        FunctionCatalog functions = EvaluatorFunctions.catalog(
                PackerFunctions.catalog(options.functions().withBaseDirectory(Path.of(template.rootDirectory()))));
        Diagnostics assignments = new Diagnostics();
        Map<String, DeclaredVariable> declared = declare(template, inputs, files, diagnostics, assignments);
        diagnostics.addAll(assignments);
        // A var file that did not parse, or a value that did not convert, may have been what sets a
        // variable: "Unset variable" would then only repeat that error (Packer stops there).
        boolean reportUnset = !assignments.hasErrors();

        VariableValidations validations = new VariableValidations(functions, diagnostics);
        List<VariableValue> variables = new ArrayList<>();
        Map<String, Value> varRoot = new LinkedHashMap<>();
        for (DeclaredVariable variable : declared.values()) {
            Assignment winner = variable.winner();
            if (options.initializationChecks()) {
                if (winner == null) {
                    if (reportUnset) diagnostics.add(unset(variable));
                } else {
                    validations.check(variable, winner);
                }
            }
            Value value = winner == null ? Value.unknown(variable.type) : winner.value();
            if (variable.sensitive) value = value.mark(Mark.SENSITIVE);
            varRoot.put(variable.name(), value);
            variables.add(new VariableValue(
                    variable.name(),
                    variable.type,
                    value,
                    winner == null ? null : winner.source(),
                    variable.sensitive,
                    variable.description,
                    !variable.hasDefault));
        }

        EvalContext withoutLocals = ScopeContext.builder(functions, template.rootDirectory(), options)
                .variable("var", Value.object(varRoot))
                .build();
        ScopeGraph graph =
                new ScopeGraph(template.locals(), template.dataSources(), options.dataSources(), diagnostics);
        List<LocalResult> locals = graph.evaluate(withoutLocals);
        EvalContext context = ScopeContext.builder(functions, template.rootDirectory(), options)
                .variable("var", Value.object(varRoot))
                .variable("local", graph.localRoot())
                .variable("data", graph.dataRoot())
                .build();
        return new ScopeResult(context, variables, locals, files.snapshot(), diagnostics.list());
    }

    /**
     * Only what Packer's {@code Parse} checks of the variables ({@code validate -syntax-only}): the
     * declarations (type specifications, defaults, validation rules) and every value given for
     * them (auto var files, {@code -var-file}, the environment, {@code -var}); nothing is evaluated
     * beyond that.
     */
    public static DeclarationResult declarations(Template template, VariableInputs inputs) {
        Diagnostics diagnostics = new Diagnostics();
        ParsedFiles files = new ParsedFiles();
        declare(template, inputs, files, diagnostics, diagnostics);
        return new DeclarationResult(files.snapshot(), diagnostics.list());
    }

    /** The declared variables with every value given for them; the var files read go to {@code files}. */
    private static Map<String, DeclaredVariable> declare(
            Template template,
            VariableInputs inputs,
            ParsedFiles files,
            Diagnostics diagnostics,
            Diagnostics assignments) {
        FunctionCatalog defaultFunctions =
                EvaluatorFunctions.withEnv(FunctionCatalog.of(List.of()), inputs.environment());
        VariableDeclarations declarations = new VariableDeclarations(defaultFunctions, diagnostics);
        Map<String, DeclaredVariable> declared = new LinkedHashMap<>();
        for (InputVariable variable : template.variables()) {
            declarations.read(variable).ifPresent(v -> declared.put(v.name(), v));
        }
        new VariableAssignments(declared, files, assignments).collect(template.rootDirectory(), inputs);
        return declared;
    }

    private static Diagnostic unset(DeclaredVariable variable) {
        String name = variable.name();
        return VariablesDiagnostics.UNSET_VARIABLE
                .with(name)
                .error(
                        "A used variable must be set or have a default"
                                + " value; see https://packer.io/docs/templates/hcl_templates/syntax for details. Set it with -var \""
                                + name + "=...\", in a var file (" + name
                                + " = ...) or with the environment variable PKR_VAR_" + name
                                + ".",
                        variable.declaration.definitionRange());
    }
}
