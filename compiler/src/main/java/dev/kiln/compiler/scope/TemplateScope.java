package dev.kiln.compiler.scope;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.config.InputVariable;
import dev.kiln.compiler.config.LocalValue;
import dev.kiln.compiler.config.Template;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.eval.EvalContext;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.compiler.eval.EvaluatorFunctions;
import dev.kiln.compiler.eval.ExpressionEvaluator;
import dev.kiln.compiler.eval.Traversal;
import dev.kiln.compiler.eval.TypeExpressions;
import dev.kiln.compiler.eval.Variables;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.ExpressionParseResult;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParsedFiles;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.function.FunctionCatalog;
import dev.kiln.stdlib.functions.PackerFunctions;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.Mark;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * STAND-IN until the {@code vars} branch lands (it replaces this package): defaults, {@code -var}
 * and {@code PKR_VAR_} values, locals in dependency order; var files are reported as unavailable.
 */
public final class TemplateScope {

    private static final FunctionCatalog FUNCTIONS = EvaluatorFunctions.catalog(PackerFunctions.catalog());

    private TemplateScope() {}

    /** Evaluates the variables and locals of {@code template}. */
    public static ScopeResult evaluate(Template template, ParsedFiles files, VariableInputs inputs, ScopeOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        if (!inputs.varFiles().isEmpty()) {
            diagnostics.add(Diagnostic.error("-var-file is not available yet",
                    "This build of kiln reads variable values from defaults, -var and PKR_VAR_ only.", null));
        }
        Map<String, String> given = new LinkedHashMap<>();
        inputs.environment().forEach((k, v) -> {
            if (k.startsWith("PKR_VAR_")) given.put(k.substring(8), v);
        });
        for (String var : inputs.vars()) {
            int eq = var.indexOf('=');
            if (eq <= 0) {
                diagnostics.add(Diagnostic.error("Invalid -var option", "The given -var option \"" + var
                        + "\" is not correctly specified. It must be a variable name and value separated an equals sign, like -var=\"key=value\".", null));
                continue;
            }
            given.put(var.substring(0, eq), var.substring(eq + 1));
        }
        EvalContext defaults = EvalContext.of(EvaluatorFunctions.withEnv(FUNCTIONS, inputs.environment()));
        List<VariableValue> variables = new ArrayList<>();
        Map<String, Value> varObject = new LinkedHashMap<>();
        for (InputVariable v : template.variables()) {
            Type type = Type.ANY;
            if (v.type() != null) {
                TypeExpressions.Result read = TypeExpressions.read(v.type());
                diagnostics.addAll(read.diagnostics());
                type = read.constraint().type();
            }
            boolean sensitive = v.sensitive() != null
                    && evaluate(v.sensitive(), defaults, diagnostics) instanceof BoolValue b && b.value();
            String description = v.description() != null
                    && evaluate(v.description(), defaults, diagnostics) instanceof StringValue s ? s.value() : "";
            Value value;
            String source;
            if (given.containsKey(v.name())) {
                value = fromText(v.name(), given.get(v.name()), type, diagnostics);
                source = "cli";
            } else if (v.defaultValue() != null) {
                value = evaluate(v.defaultValue(), defaults, diagnostics);
                source = "default";
            } else {
                if (options.unsetVariablesAreErrors()) {
                    diagnostics.add(Diagnostic.error("Unset variable \"" + v.name() + "\"", "A used variable must be set"
                            + " or have a default value; see https://packer.io/docs/templates/hcl_templates/syntax for"
                            + " details.", v.definitionRange()));
                }
                value = Value.unknown(type);
                source = "unset";
            }
            ConversionResult converted = Conversion.convert(value, type);
            if (converted.isSuccess()) {
                value = converted.value();
            } else {
                diagnostics.add(Diagnostic.error("Invalid value for variable", "The value for " + v.name()
                        + " is not compatible with the variable's type constraint: " + converted + ".", v.definitionRange()));
                value = Value.unknown(type);
            }
            if (sensitive) value = value.mark(Mark.SENSITIVE);
            varObject.put(v.name(), value);
            variables.add(new VariableValue(v.name(), type, value, source, sensitive, description, v.defaultValue() == null));
        }
        String root = Path.of(template.rootDirectory()).toString();
        String cwd = Path.of("").toAbsolutePath().toString();
        Map<String, Value> localObject = new LinkedHashMap<>();
        List<LocalResult> locals = new ArrayList<>();
        List<LocalValue> pending = new ArrayList<>(template.locals());
        boolean progress = true;
        while (!pending.isEmpty()) {
            EvalContext context = context(varObject, localObject, root, cwd);
            List<LocalValue> ready = new ArrayList<>();
            for (LocalValue local : pending) {
                if (!progress || dependsOnPending(local, pending)) continue;
                ready.add(local);
            }
            if (ready.isEmpty()) ready.addAll(pending); // a cycle: evaluate anyway, which reports the references
            progress = !ready.isEmpty();
            for (LocalValue local : ready) {
                if (local.expression() == null) continue;
                Value value = evaluate(local.expression(), context, diagnostics);
                boolean sensitive = local.sensitive() != null
                        && evaluate(local.sensitive(), context, diagnostics) instanceof BoolValue b && b.value();
                if (sensitive) value = value.mark(Mark.SENSITIVE);
                localObject.put(local.name(), value);
                locals.add(new LocalResult(local.name(), value, sensitive));
            }
            pending.removeAll(ready);
        }
        return new ScopeResult(context(varObject, localObject, root, cwd), variables, locals, diagnostics.sorted());
    }

    private static boolean dependsOnPending(LocalValue local, List<LocalValue> pending) {
        if (local.expression() == null) return false;
        for (Traversal t : Variables.of(local.expression())) {
            if (!t.root().equals("local") || t.steps().isEmpty()) continue;
            if (t.steps().get(0) instanceof Traversal.Attribute a
                    && pending.stream().anyMatch(p -> p != local && p.name().equals(a.name()))) {
                return true;
            }
        }
        return false;
    }

    private static EvalContext context(Map<String, Value> var, Map<String, Value> local, String root, String cwd) {
        return EvalContext.builder(FUNCTIONS)
                .variable("var", Value.object(var))
                .variable("local", Value.object(local))
                .variable("path", Value.object(Map.of("root", Value.string(root), "cwd", Value.string(cwd))))
                .variable("packer", Value.object(Map.of("version", Value.string("1.16.0"))))
                .unknownRoot("data")
                .unknownRoot("build")
                .unknownRoot("source")
                .build();
    }

    private static Value fromText(String name, String text, Type type, Diagnostics diagnostics) {
        if (type.equals(Type.STRING)) return Value.string(text);
        ExpressionParseResult parsed = HclParser.parseExpression(new SourceFile("<value for var." + name + ">", text));
        diagnostics.addAll(parsed.diagnostics());
        if (parsed.hasErrors()) return Value.unknown(type);
        return evaluate(parsed.expression(), EvalContext.of(FUNCTIONS), diagnostics);
    }

    private static Value evaluate(Expression expression, EvalContext context, Diagnostics diagnostics) {
        EvalResult result = ExpressionEvaluator.evaluate(expression, context);
        diagnostics.addAll(result.diagnostics());
        return result.value();
    }
}
