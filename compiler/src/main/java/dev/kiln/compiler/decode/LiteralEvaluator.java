package dev.kiln.compiler.decode;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.ast.ObjectItem;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates constant expressions only (numbers, bools, null, plain strings, tuples and objects of
 * them); anything else is an unknown value. It is what checking needs when nothing is in scope,
 * e.g. plugin schema tests, and shows how unknown values flow through type checks and rules.
 */
public final class LiteralEvaluator implements ValueResolver {

    /** The single instance. */
    public static final LiteralEvaluator INSTANCE = new LiteralEvaluator();

    private LiteralEvaluator() {}

    @Override
    public Value evaluate(Expression e, Diagnostics diagnostics) {
        if (e instanceof Expression.NumberLiteral n) return Value.number(n.value());
        if (e instanceof Expression.BoolLiteral b) return Value.bool(b.value());
        if (e instanceof Expression.NullLiteral) return Value.nullOf(dev.kiln.stdlib.type.Type.ANY);
        if (e instanceof Expression.Template t && t.literalText() != null) return Value.string(t.literalText());
        if (e instanceof Expression.Parenthesized p) return evaluate(p.expression(), diagnostics);
        if (e instanceof Expression.TupleCons t) {
            List<Value> items = new ArrayList<>();
            for (Expression item : t.items()) items.add(evaluate(item, diagnostics));
            return Value.tuple(items);
        }
        if (e instanceof Expression.ObjectCons o) {
            Map<String, Value> attributes = new LinkedHashMap<>();
            for (ObjectItem item : o.items()) {
                String key = item.key() instanceof Expression.Variable v
                        ? v.name()
                        : item.key() instanceof Expression.Template t ? t.literalText() : null;
                if (key == null) return Value.DYNAMIC;
                attributes.put(key, evaluate(item.value(), diagnostics));
            }
            return Value.object(attributes);
        }
        return Value.DYNAMIC;
    }
}
