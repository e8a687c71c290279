package dev.kiln.compiler.config;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.ast.ObjectItem;
import dev.kiln.compiler.ast.TemplatePart;
import java.util.stream.Collectors;

/**
 * An expression as compact one-line text, for model dumps. Object keys print as quoted names
 * whether written {@code a = 1} or {@code "a": 1}, so a native file and its JSON twin print alike.
 */
final class ExpressionText {

    private ExpressionText() {}

    static String of(Expression e) {
        if (e == null) return "<none>";
        if (e instanceof Expression.NumberLiteral n)
            return n.value().stripTrailingZeros().toPlainString();
        if (e instanceof Expression.BoolLiteral b) return String.valueOf(b.value());
        if (e instanceof Expression.NullLiteral) return "null";
        if (e instanceof Expression.Template t) {
            // "${x}" evaluates to x itself (HCL unwraps a lone interpolation), so it prints as x.
            if (t.parts().size() == 1 && t.parts().get(0) instanceof TemplatePart.Interpolation i) {
                return of(i.expression());
            }
            return "\"" + t.parts().stream().map(ExpressionText::part).collect(Collectors.joining()) + "\"";
        }
        if (e instanceof Expression.Variable v) return v.name();
        if (e instanceof Expression.GetAttr g) return of(g.source()) + "." + g.name();
        if (e instanceof Expression.Index i) return of(i.source()) + "[" + of(i.key()) + "]";
        if (e instanceof Expression.Splat s) return of(s.source()) + "[*]" + of(s.each());
        if (e instanceof Expression.SplatItem) return "";
        if (e instanceof Expression.FunctionCall f) {
            return f.name() + "("
                    + f.arguments().stream().map(ExpressionText::of).collect(Collectors.joining(", "))
                    + (f.expandFinal() ? "..." : "") + ")";
        }
        if (e instanceof Expression.Conditional c) {
            return of(c.condition()) + " ? " + of(c.whenTrue()) + " : " + of(c.whenFalse());
        }
        if (e instanceof Expression.Binary b)
            return of(b.left()) + " " + b.operator().symbol() + " " + of(b.right());
        if (e instanceof Expression.Unary u) return u.operator() + "(" + of(u.operand()) + ")";
        if (e instanceof Expression.Parenthesized p) return "(" + of(p.expression()) + ")";
        if (e instanceof Expression.TupleCons t) {
            return "[" + t.items().stream().map(ExpressionText::of).collect(Collectors.joining(", ")) + "]";
        }
        if (e instanceof Expression.ObjectCons o) {
            return "{" + o.items().stream().map(ExpressionText::item).collect(Collectors.joining(", ")) + "}";
        }
        if (e instanceof Expression.For f) {
            return "for " + (f.keyVar() == null ? "" : f.keyVar() + ", ") + f.valueVar() + " in " + of(f.collection())
                    + (f.keyExpr() == null ? "" : " : " + of(f.keyExpr()) + " =>") + " " + of(f.valueExpr())
                    + (f.condition() == null ? "" : " if " + of(f.condition()));
        }
        return "<invalid>";
    }

    private static String item(ObjectItem item) {
        String key = item.key() instanceof Expression.Variable v ? "\"" + v.name() + "\"" : of(item.key());
        return key + " = " + of(item.value());
    }

    private static String part(TemplatePart p) {
        if (p instanceof TemplatePart.Literal l) {
            return l.text()
                    .replace("\\", "\\\\")
                    .replace("\"", "\\\"")
                    .replace("\n", "\\n")
                    .replace("${", "$${");
        }
        if (p instanceof TemplatePart.Interpolation i) return "${" + of(i.expression()) + "}";
        if (p instanceof TemplatePart.If i) return "%{if " + of(i.condition()) + "}...%{endif}";
        if (p instanceof TemplatePart.For f)
            return "%{for " + f.valueVar() + " in " + of(f.collection()) + "}...%{endfor}";
        return "";
    }
}
