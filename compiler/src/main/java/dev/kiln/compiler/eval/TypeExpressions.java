package dev.kiln.compiler.eval;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.ast.ObjectItem;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.DiagnosticKind;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.convert.Defaults;
import dev.kiln.stdlib.function.FunctionCatalog;
import dev.kiln.stdlib.text.Suggestions;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads type constraint expressions ({@code string}, {@code list(T)}, {@code map(T)},
 * {@code set(T)}, {@code object({a = T, b = optional(T, default)})}, {@code tuple([T, ...])},
 * {@code any}) as HCL's {@code ext/typeexpr}, with its diagnostics.
 */
public final class TypeExpressions {

    private static final DiagnosticKind INVALID = EvalDiagnostics.INVALID_TYPE_SPECIFICATION;
    private static final List<String> KEYWORDS =
            List.of("bool", "string", "number", "any", "list", "map", "set", "object", "tuple");
    private static final EvalContext CONSTANTS = EvalContext.of(FunctionCatalog.of(List.of()));

    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private TypeExpressions() {}

    /** The constraint {@code expression} spells, or {@link TypeConstraint#ANY} with diagnostics. */
    public static Result read(Expression expression) {
        TypeExpressions reader = new TypeExpressions();
        TypeConstraint constraint = reader.constraint(unwrap(expression), false);
        return new Result(reader.diagnostics.isEmpty() ? constraint : TypeConstraint.ANY, reader.diagnostics);
    }

    /** A constraint and the problems found reading it. */
    public record Result(TypeConstraint constraint, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        /** Whether any diagnostic is an error. */
        public boolean hasErrors() {
            return !diagnostics.isEmpty();
        }
    }

    private TypeConstraint constraint(Expression expression, boolean inObjectAttribute) {
        if (expression instanceof Expression.Variable keyword) return keyword(keyword);
        if (expression instanceof Expression.FunctionCall call) return constructor(call, inObjectAttribute);
        return error(
                "A type specification is either a primitive type keyword (bool, number, string) or a complex "
                        + "type constructor call, like list(string).",
                expression.range());
    }

    private TypeConstraint keyword(Expression.Variable keyword) {
        switch (keyword.name()) {
            case "bool":
                return plain(Type.BOOL);
            case "string":
                return plain(Type.STRING);
            case "number":
                return plain(Type.NUMBER);
            case "any":
                return plain(Type.ANY);
            case "list":
            case "map":
            case "set":
                return error(
                        "The " + keyword.name() + " type constructor requires one argument specifying the "
                                + "element type.",
                        keyword.range());
            case "object":
                return error(
                        "The object type constructor requires one argument specifying the attribute types as "
                                + "a map.",
                        keyword.range());
            case "tuple":
                return error(
                        "The tuple type constructor requires one argument specifying the element types as a " + "list.",
                        keyword.range());
            default:
                String suggestion = Suggestions.closest(keyword.name(), KEYWORDS)
                        .map(s -> " Did you mean \"" + s + "\"?")
                        .orElse("");
                return error(
                        "The keyword \"" + keyword.name() + "\" is not a valid type specification." + suggestion,
                        keyword.range());
        }
    }

    private TypeConstraint constructor(Expression.FunctionCall call, boolean inObjectAttribute) {
        String name = call.name();
        List<Expression> arguments = call.arguments();
        switch (name) {
            case "bool":
            case "string":
            case "number":
            case "any":
                return error("Primitive type keyword \"" + name + "\" does not expect arguments.", call.range());
            case "list":
            case "map":
            case "set": {
                if (arguments.size() != 1) {
                    return error(
                            "The " + name + " type constructor requires one argument specifying the element type.",
                            call.range());
                }
                TypeConstraint element = constraint(unwrap(arguments.get(0)), false);
                Type type = name.equals("list")
                        ? Type.list(element.type())
                        : name.equals("map") ? Type.map(element.type()) : Type.set(element.type());
                return new TypeConstraint(type, nested(element.defaults()));
            }
            case "object":
                if (arguments.size() != 1 || !(unwrap(arguments.get(0)) instanceof Expression.ObjectCons)) {
                    return error(
                            "Object type constructor requires a map whose keys are attribute names and whose "
                                    + "values are the corresponding attribute types.",
                            call.range());
                }
                return object((Expression.ObjectCons) unwrap(arguments.get(0)));
            case "tuple":
                if (arguments.size() != 1 || !(unwrap(arguments.get(0)) instanceof Expression.TupleCons)) {
                    return error("Tuple type constructor requires a list of element types.", call.range());
                }
                return tuple((Expression.TupleCons) unwrap(arguments.get(0)));
            case "optional":
                if (!inObjectAttribute) {
                    return error(
                            "Keyword \"optional\" is valid only as a modifier for object type attributes.",
                            call.range());
                }
                return error(
                        "Optional attribute modifier expects one or two arguments: the attribute type and, "
                                + "optionally, a default value.",
                        call.range());
            default:
                return error("Keyword \"" + name + "\" is not a valid type constructor.", call.nameRange());
        }
    }

    private TypeConstraint object(Expression.ObjectCons object) {
        Map<String, Type> attributes = new LinkedHashMap<>();
        Set<String> optional = new HashSet<>();
        Map<String, Value> defaultValues = new LinkedHashMap<>();
        Defaults defaults = Defaults.NONE;
        for (ObjectItem item : object.items()) {
            Optional<String> name = attributeName(item.key());
            if (name.isEmpty()) {
                error(
                        "Object constructor map keys must be attribute names.",
                        item.key().range());
                continue;
            }
            Expression value = unwrap(item.value());
            TypeConstraint attribute;
            if (value instanceof Expression.FunctionCall call && call.name().equals("optional")) {
                if (call.arguments().isEmpty() || call.arguments().size() > 2) {
                    constructor(call, true);
                    continue;
                }
                attribute = constraint(unwrap(call.arguments().get(0)), true);
                optional.add(name.get());
                if (call.arguments().size() == 2) {
                    defaultValue(call.arguments().get(1), attribute).ifPresent(v -> defaultValues.put(name.get(), v));
                }
            } else {
                attribute = constraint(value, true);
            }
            attributes.put(name.get(), attribute.type());
            if (!attribute.defaults().equals(Defaults.NONE))
                defaults = defaults.withAttribute(name.get(), attribute.defaults());
        }
        Defaults all = new Defaults(defaultValues, defaults.attributes(), Optional.empty());
        return new TypeConstraint(Type.object(attributes, optional), all);
    }

    private Optional<Value> defaultValue(Expression expression, TypeConstraint attribute) {
        EvalResult result = ExpressionEvaluator.evaluate(expression, CONSTANTS);
        if (result.hasErrors()) {
            diagnostics.addAll(result.diagnostics());
            return Optional.empty();
        }
        ConversionResult converted = Conversion.convert(result.value(), attribute.type(), attribute.defaults());
        if (!converted.isSuccess()) {
            diagnostics.add(EvalDiagnostics.INVALID_DEFAULT_VALUE_FOR_OPTIONAL_ATTRIBUTE.error(
                    "This default value is not compatible with the attribute's type constraint: "
                            + ((ConversionResult.Failure) converted).message() + ".",
                    expression.range()));
            return Optional.empty();
        }
        return Optional.of(converted.value());
    }

    private TypeConstraint tuple(Expression.TupleCons tuple) {
        List<Type> elements = new ArrayList<>();
        for (Expression item : tuple.items())
            elements.add(constraint(unwrap(item), false).type());
        return plain(Type.tuple(elements));
    }

    private static Optional<String> attributeName(Expression key) {
        if (key instanceof Expression.Variable variable) return Optional.of(variable.name());
        if (key instanceof Expression.BoolLiteral bool) return Optional.of(Boolean.toString(bool.value()));
        if (key instanceof Expression.NullLiteral) return Optional.of("null");
        return Optional.empty();
    }

    private static Defaults nested(Defaults element) {
        return element.equals(Defaults.NONE) ? Defaults.NONE : Defaults.NONE.withElements(element);
    }

    private static Expression unwrap(Expression expression) {
        Expression current = expression;
        while (current instanceof Expression.Parenthesized paren) current = paren.expression();
        return current;
    }

    private static TypeConstraint plain(Type type) {
        return new TypeConstraint(type, Defaults.NONE);
    }

    private TypeConstraint error(String detail, SourceRange range) {
        diagnostics.add(INVALID.error(detail, range));
        return TypeConstraint.ANY;
    }
}
