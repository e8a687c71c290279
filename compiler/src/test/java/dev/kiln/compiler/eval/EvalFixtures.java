package dev.kiln.compiler.eval;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.DiagnosticTextRenderer;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.ExpressionParseResult;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParsedFiles;
import dev.kiln.stdlib.functions.PackerFunctions;
import dev.kiln.stdlib.render.ConsoleFormat;
import dev.kiln.stdlib.render.RenderOptions;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Mark;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scope every evaluation test uses, and how a test shows a result. */
final class EvalFixtures {

    private EvalFixtures() {}

    static final Value SECRET = Value.string("hunter2").mark(Mark.SENSITIVE);

    static EvalContext context() {
        Map<String, Value> var = new LinkedHashMap<>();
        var.put("name", Value.string("kiln"));
        var.put("count", Value.number(3));
        var.put("list", Value.list(Value.string("a"), Value.string("b"), Value.string("c")));
        var.put("empty", Value.emptyList(Type.STRING));
        var.put("tags", Value.map(Map.of("env", Value.string("dev"), "team", Value.string("ops"))));
        var.put(
                "objs",
                Value.list(
                        Value.object(Map.of("name", Value.string("a"), "size", Value.number(1))),
                        Value.object(Map.of("name", Value.string("b"), "size", Value.number(2)))));
        var.put("nums", Value.tuple(Value.number(1), Value.number(2), Value.number(3)));
        var.put("set", Value.set(Value.string("y"), Value.string("x")));
        var.put("nothing", Value.nullOf(Type.STRING));
        var.put("secret", SECRET);
        var.put(
                "secret_list",
                Value.list(Value.string("p1"), Value.string("p2")).mark(Mark.SENSITIVE));
        var.put("unknown_str", Value.unknown(Type.STRING));
        var.put("unknown_num", Value.unknown(Type.NUMBER));
        var.put("unknown_bool", Value.unknown(Type.BOOL));
        var.put("unknown_list", Value.unknown(Type.list(Type.STRING)));
        var.put("unknown", Value.DYNAMIC);
        var.put("partly_unknown", Value.list(Value.string("a"), Value.unknown(Type.STRING)));
        return EvalContext.builder(EvaluatorFunctions.catalog(PackerFunctions.catalog()))
                .variable("var", Value.object(var))
                .variable("local", Value.object(Map.of("greeting", Value.string("hello"))))
                .variable(
                        "path",
                        Value.object(Map.of(
                                "root", Value.string("src/test/resources/eval/files"), "cwd", Value.string("."))))
                .unknownRoot("build")
                .build();
    }

    /** Parses and evaluates {@code line}, rendered as the console shows it plus the result's type. */
    static String show(String line, EvalContext context) {
        SourceFile file = new SourceFile("<console-input>", line);
        ExpressionParseResult parsed = HclParser.parseExpression(file);
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        Value value = Value.DYNAMIC;
        if (!parsed.hasErrors()) {
            EvalResult result = ExpressionEvaluator.evaluate(parsed.expression(), context);
            diagnostics.addAll(result.diagnostics());
            value = result.value();
        }
        ParsedFiles sources = new ParsedFiles();
        sources.add(file);
        DiagnosticTextRenderer renderer = new DiagnosticTextRenderer(sources, false, 80);
        StringBuilder out = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) out.append(renderer.render(diagnostic));
        if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
            out.append(ConsoleFormat.format(value, RenderOptions.CONSOLE)).append('\n');
            out.append(": ").append(value.type());
            if (!value.deepMarks().isEmpty()) out.append(' ').append(value.deepMarks());
            out.append('\n');
        }
        return out.toString();
    }
}
