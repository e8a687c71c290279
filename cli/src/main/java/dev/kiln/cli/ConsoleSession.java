package dev.kiln.cli;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.eval.EvalResult;
import dev.kiln.compiler.eval.ExpressionEvaluator;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.ExpressionParseResult;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.SourceSet;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.render.ConsoleFormat;
import dev.kiln.stdlib.render.HclFormat;
import dev.kiln.stdlib.render.RenderOptions;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.Value;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers one console input at a time, whether piped or typed: an expression's value, or one of
 * the commands {@code help}, {@code help NAME}, {@code variables} and {@code exit}.
 */
final class ConsoleSession {

    /** What handling one input led to. */
    enum Outcome {
        OK,
        FAILED,
        EXIT
    }

    private static final String INPUT_NAME = "<console-input>";

    private final ConsoleScope scope;
    private final PrintWriter out;
    private final DiagnosticPrinter errors;

    ConsoleSession(ConsoleScope scope, PrintWriter out, DiagnosticPrinter errors) {
        this.scope = scope;
        this.out = out;
        this.errors = errors;
    }

    Outcome handle(String input) {
        String line = input.strip();
        if (line.isEmpty()) return Outcome.OK;
        if (line.equals("exit")) return Outcome.EXIT;
        if (line.equals("help")) return help();
        if (line.startsWith("help ")) return help(line.substring(5).strip());
        if (line.equals("variables")) return variables();
        return evaluate(line);
    }

    private Outcome evaluate(String line) {
        SourceFile file = new SourceFile(INPUT_NAME, line);
        ExpressionParseResult parsed = HclParser.parseExpression(file);
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        Value value = Value.DYNAMIC;
        if (!parsed.hasErrors()) {
            EvalResult result = ExpressionEvaluator.evaluate(parsed.expression(), scope.context());
            diagnostics.addAll(result.diagnostics());
            value = result.value();
        }
        SourceSet sources = SourceSet.union(List.of(scope.sources(), SourceSet.of(List.of(file))));
        boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
        if (!failed) {
            out.println(ConsoleFormat.format(value, RenderOptions.CONSOLE));
            out.flush();
        }
        errors.print(diagnostics, sources);
        return failed ? Outcome.FAILED : Outcome.OK;
    }

    private Outcome help() {
        out.println("kiln console evaluates HCL expressions as Packer templates do.");
        out.println("Type an expression and hit <enter> to see its value, for example upper(\"kiln\").");
        out.println();
        out.println("\"variables\" shows the input and local variables and their values.");
        out.println("\"help NAME\" describes the function NAME.");
        out.println("To leave the console, type \"exit\" and hit <enter>, or use Control-D.");
        out.println();
        out.println("Functions:");
        List<Function> functions = scope.context().functions().functions();
        int width = functions.stream().mapToInt(f -> f.name().length()).max().orElse(0);
        for (Function function : functions) {
            String name = String.format("%-" + width + "s", function.name());
            out.println(("  " + name + "  " + function.summary()).stripTrailing());
        }
        out.flush();
        return Outcome.OK;
    }

    private Outcome help(String name) {
        Optional<Function> function = scope.context().functions().lookup(name);
        if (function.isEmpty()) {
            String suggestion = scope.context()
                    .functions()
                    .suggest(name)
                    .map(s -> " Did you mean \"" + s + "\"?")
                    .orElse("");
            errors.print(
                    List.of(CliDiagnostics.UNKNOWN_FUNCTION.error(
                            "There is no function named \"" + name + "\"." + suggestion, null)),
                    scope.sources());
            return Outcome.FAILED;
        }
        out.println(function.get().signature());
        if (!function.get().summary().isEmpty()) out.println(function.get().summary());
        if (!function.get().description().isEmpty()) {
            out.println();
            out.println(function.get().description());
        }
        out.flush();
        return Outcome.OK;
    }

    /** As Packer: input variables, then locals, one per line; sensitive values masked. */
    private Outcome variables() {
        out.println("> input-variables:");
        out.println();
        print("var", scope.context().lookup("var"));
        out.println();
        out.println("> local-variables:");
        out.println();
        print("local", scope.context().lookup("local"));
        out.println();
        out.flush();
        return Outcome.OK;
    }

    private void print(String root, Optional<Value> value) {
        if (value.isEmpty() || !(value.get() instanceof ObjectValue object)) return;
        object.attributes()
                .forEach((name, v) ->
                        out.println(root + "." + name + ": " + HclFormat.format(v, RenderOptions.CONSOLE)));
    }
}
