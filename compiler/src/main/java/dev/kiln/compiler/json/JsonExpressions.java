package dev.kiln.compiler.json;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.ast.ObjectItem;
import dev.kiln.compiler.ast.TemplatePart;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.json.JsonValue.JsonArray;
import dev.kiln.compiler.json.JsonValue.JsonBool;
import dev.kiln.compiler.json.JsonValue.JsonNull;
import dev.kiln.compiler.json.JsonValue.JsonNumber;
import dev.kiln.compiler.json.JsonValue.JsonObject;
import dev.kiln.compiler.json.JsonValue.JsonProperty;
import dev.kiln.compiler.json.JsonValue.JsonString;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.ExpressionParseResult;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns JSON values into the native syntax tree, as HCL's JSON syntax specifies: strings are
 * templates ({@code "${var.x}"}), arrays tuples, objects object constructors whose keys are
 * templates too. The evaluator then needs to know only one kind of expression.
 */
public final class JsonExpressions {

    private final SourceFile file;

    /** Converts values of {@code file}. */
    public JsonExpressions(SourceFile file) {
        this.file = file;
    }

    /** The expression {@code value} stands for; template syntax errors go to {@code diagnostics}. */
    public Expression expression(JsonValue value, Diagnostics diagnostics) {
        if (value instanceof JsonString s) return template(s, diagnostics);
        if (value instanceof JsonNumber n) return new Expression.NumberLiteral(n.value(), n.range());
        if (value instanceof JsonBool b) return new Expression.BoolLiteral(b.value(), b.range());
        if (value instanceof JsonNull n) return new Expression.NullLiteral(n.range());
        if (value instanceof JsonArray a) {
            List<Expression> items = new ArrayList<>();
            for (JsonValue v : a.values()) items.add(expression(v, diagnostics));
            return new Expression.TupleCons(items, a.range());
        }
        if (value instanceof JsonObject o) {
            List<ObjectItem> items = new ArrayList<>();
            for (JsonProperty p : o.properties()) {
                Expression key = template(new JsonString(p.name(), p.nameRange()), diagnostics);
                items.add(new ObjectItem(key, expression(p.value(), diagnostics), p.range()));
            }
            return new Expression.ObjectCons(items, o.openRange(), o.range());
        }
        return new Expression.Invalid(value.range());
    }

    /** An argument {@code "name": value}; the colon plays the part of the equals sign. */
    public Attribute attribute(JsonProperty property, Diagnostics diagnostics) {
        return new Attribute(
                property.name(),
                expression(property.value(), diagnostics),
                property.range(),
                property.nameRange(),
                property.colonRange());
    }

    /**
     * A string as a template, as HCL's JSON syntax reads it: the decoded string is parsed as a bare
     * template ({@code hclsyntax.ParseTemplate}), so {@code "${upper(\"a\")}"} is a call with a
     * quoted argument. Plain text needs no parsing. The template is parsed from a copy of the file
     * cut after the opening quote, so its ranges point into the JSON text (exactly where the string
     * has no escapes, as in HCL).
     */
    private Expression template(JsonString s, Diagnostics diagnostics) {
        String v = s.value();
        if (!v.contains("${") && !v.contains("%{")) {
            return new Expression.Template(
                    v.isEmpty() ? List.of() : List.of(new TemplatePart.Literal(v, s.range())), false, s.range());
        }
        int start = s.range().start().offset() + 1;
        SourceFile copy = new SourceFile(file.name(), file.text().substring(0, start) + v);
        ExpressionParseResult parsed = HclParser.parseTemplate(copy, start);
        diagnostics.addAll(parsed.diagnostics());
        if (parsed.hasErrors()) return new Expression.Invalid(s.range());
        Expression.Template template = (Expression.Template) parsed.expression();
        return new Expression.Template(template.parts(), false, s.range());
    }

    /**
     * A JSON string read as a native expression rather than a template, where HCL's JSON syntax
     * does so: a variable's {@code type = "list(string)"}. Ranges point into the JSON text.
     */
    public Expression nativeExpression(Expression.Template string, Diagnostics diagnostics) {
        String text = string.literalText();
        if (text == null) return string;
        int start = string.range().start().offset() + 1;
        return parseAt(start, text, diagnostics, string);
    }

    private Expression parseAt(int start, String source, Diagnostics diagnostics, Expression fallback) {
        // Everything before the string is blanked (newlines kept, so lines and offsets match) and
        // "a=(" written into the last three blanks that share a line; newlines inside () are ignored.
        char[] prefix = new char[start];
        for (int i = 0; i < start; i++) prefix[i] = file.text().charAt(i) == '\n' ? '\n' : ' ';
        int at = start - 3;
        while (at >= 0 && (prefix[at] == '\n' || prefix[at + 1] == '\n' || prefix[at + 2] == '\n')) at--;
        if (at < 0) return fallback;
        prefix[at] = 'a';
        prefix[at + 1] = '=';
        prefix[at + 2] = '(';
        StringBuilder synthetic = new StringBuilder(start + source.length() + 2).append(prefix);
        synthetic.append(source).append(")\n");
        ParseResult parsed = HclParser.parse(new SourceFile(file.name(), synthetic.toString()));
        diagnostics.addAll(parsed.diagnostics());
        if (parsed.hasErrors() || parsed.file().body().attributes().isEmpty())
            return new Expression.Invalid(fallback.range());
        Expression e = parsed.file().body().attributes().get(0).expression();
        return e instanceof Expression.Parenthesized p ? p.expression() : e;
    }
}
