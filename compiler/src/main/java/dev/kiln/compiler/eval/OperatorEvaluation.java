package dev.kiln.compiler.eval;

import dev.kiln.compiler.ast.BinaryOperator;
import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.ast.UnaryOperator;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.stdlib.convert.Conversion;
import dev.kiln.stdlib.convert.ConversionResult;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.Marks;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Binary and unary operators as hclsyntax's {@code expression_ops.go}: operands are converted to
 * the operator's parameter type ("Invalid operand"), marks are taken off and put back on the
 * result, {@code &&} and {@code ||} short-circuit around unknown values, and the operation itself
 * follows go-cty's stdlib functions.
 */
final class OperatorEvaluation {

    private OperatorEvaluation() {}

    static EvalResult binary(Expression.Binary binary, EvalContext context) {
        BinaryOperator operator = binary.operator();
        Type operandType = operandType(operator);
        Type resultType = resultType(operator);
        List<Diagnostic> diagnostics = new ArrayList<>();

        EvalResult left = ExpressionEvaluator.evaluate(binary.left(), context);
        Value leftValue = convertOperand(left.value(), operandType, binary.left(), binary, "left", diagnostics);
        EvalResult right = ExpressionEvaluator.evaluate(binary.right(), context);
        Value rightValue = convertOperand(right.value(), operandType, binary.right(), binary, "right", diagnostics);
        if (EvalResult.hasErrors(diagnostics)) {
            diagnostics.addAll(left.diagnostics());
            diagnostics.addAll(right.diagnostics());
            return new EvalResult(Value.unknown(resultType), diagnostics);
        }

        Marks marks = leftValue.marks().union(rightValue.marks());
        leftValue = leftValue.unmark();
        rightValue = rightValue.unmark();
        if (operator == BinaryOperator.AND || operator == BinaryOperator.OR) {
            EvalResult shortCircuit = shortCircuit(operator == BinaryOperator.OR, leftValue, rightValue, left, right);
            if (shortCircuit != null)
                return shortCircuit.withValue(shortCircuit.value().withAddedMarks(marks));
        }
        diagnostics.addAll(left.diagnostics());
        diagnostics.addAll(right.diagnostics());
        if (EvalResult.hasErrors(diagnostics)) {
            return new EvalResult(Value.unknown(resultType).withAddedMarks(marks), diagnostics);
        }
        try {
            return new EvalResult(operate(operator, leftValue, rightValue).withAddedMarks(marks), diagnostics);
        } catch (ArithmeticException e) {
            diagnostics.add(EvalDiagnostics.OPERATION_FAILED.error(
                    "Error during operation: " + e.getMessage() + ".", binary.range()));
            return new EvalResult(Value.unknown(resultType), diagnostics);
        }
    }

    static EvalResult unary(Expression.Unary unary, EvalContext context) {
        Type type = unary.operator() == UnaryOperator.NOT ? Type.BOOL : Type.NUMBER;
        EvalResult operand = ExpressionEvaluator.evaluate(unary.operand(), context);
        List<Diagnostic> diagnostics = new ArrayList<>(operand.diagnostics());
        ConversionResult converted = Conversion.convert(operand.value(), type);
        if (!converted.isSuccess()) {
            diagnostics.add(EvalDiagnostics.INVALID_OPERAND.error(
                    "Unsuitable value for unary operand: " + ((ConversionResult.Failure) converted).message() + ".",
                    unary.operand().range(),
                    unary.range()));
        }
        if (EvalResult.hasErrors(diagnostics)) return new EvalResult(Value.unknown(type), diagnostics);
        Value value = converted.value();
        Marks marks = value.marks();
        value = value.unmark();
        if (value.isNull()) return nullOperand(unary.range(), type, diagnostics);
        if (!value.isKnown()) return new EvalResult(Value.unknown(type).withAddedMarks(marks), diagnostics);
        Value result = type == Type.BOOL
                ? Value.bool(!((BoolValue) value).value())
                : Value.number(((NumberValue) value).value().negate());
        return new EvalResult(result.withAddedMarks(marks), diagnostics);
    }

    private static Value convertOperand(
            Value value,
            Type type,
            Expression operand,
            Expression.Binary binary,
            String side,
            List<Diagnostic> diagnostics) {
        ConversionResult converted = Conversion.convert(value, type);
        if (converted.isSuccess()) return converted.value();
        diagnostics.add(EvalDiagnostics.INVALID_OPERAND.error(
                "Unsuitable value for " + side + " operand: " + ((ConversionResult.Failure) converted).message() + ".",
                operand.range(),
                binary.range()));
        return Value.unknown(type);
    }

    /**
     * HCL's ShortCircuit for {@code ||} and {@code &&}: the controlling value decides even when
     * the other side is unknown, and only the diagnostics of the side that decided are kept.
     */
    private static EvalResult shortCircuit(
            boolean or, Value left, Value right, EvalResult leftResult, EvalResult rightResult) {
        boolean controlling = or;
        if (!left.isKnown() && !right.isKnown()) {
            if (!leftResult.hasErrors()) return new EvalResult(Value.unknown(Type.BOOL), leftResult.diagnostics());
            return null;
        }
        if (isBool(left, controlling)) return new EvalResult(Value.bool(controlling), leftResult.diagnostics());
        if (isBool(right, controlling)) return new EvalResult(Value.bool(controlling), rightResult.diagnostics());
        if (!left.isKnown() && isBool(right, !controlling)) {
            return new EvalResult(Value.unknown(Type.BOOL), leftResult.diagnostics());
        }
        if (!right.isKnown() && isBool(left, !controlling)) {
            return new EvalResult(Value.unknown(Type.BOOL), rightResult.diagnostics());
        }
        return null;
    }

    private static boolean isBool(Value value, boolean expected) {
        return value instanceof BoolValue bool && bool.value() == expected;
    }

    private static Value operate(BinaryOperator operator, Value left, Value right) {
        if (operator == BinaryOperator.EQUAL) return left.equal(right);
        if (operator == BinaryOperator.NOT_EQUAL) {
            Value equal = left.equal(right);
            return equal instanceof BoolValue bool ? Value.bool(!bool.value()).withMarks(bool.marks()) : equal;
        }
        if (left.isNull() || right.isNull()) throw new ArithmeticException("argument must not be null");
        if (!left.isKnown() || !right.isKnown()) return Value.unknown(resultType(operator));
        switch (operator) {
            case AND:
                return Value.bool(((BoolValue) left).value() && ((BoolValue) right).value());
            case OR:
                return Value.bool(((BoolValue) left).value() || ((BoolValue) right).value());
            case LESS_THAN:
                return Value.bool(compare(left, right) < 0);
            case LESS_THAN_OR_EQUAL:
                return Value.bool(compare(left, right) <= 0);
            case GREATER_THAN:
                return Value.bool(compare(left, right) > 0);
            case GREATER_THAN_OR_EQUAL:
                return Value.bool(compare(left, right) >= 0);
            default:
                return Value.number(
                        Arithmetic.apply(operator, ((NumberValue) left).value(), ((NumberValue) right).value()));
        }
    }

    private static int compare(Value left, Value right) {
        return ((NumberValue) left).value().compareTo(((NumberValue) right).value());
    }

    private static EvalResult nullOperand(
            dev.kiln.compiler.source.SourceRange range, Type type, List<Diagnostic> diagnostics) {
        diagnostics.add(
                EvalDiagnostics.OPERATION_FAILED.error("Error during operation: argument must not be null.", range));
        return new EvalResult(Value.unknown(type), diagnostics);
    }

    private static Type operandType(BinaryOperator operator) {
        switch (operator) {
            case EQUAL:
            case NOT_EQUAL:
                return Type.ANY;
            case AND:
            case OR:
                return Type.BOOL;
            default:
                return Type.NUMBER;
        }
    }

    private static Type resultType(BinaryOperator operator) {
        switch (operator) {
            case ADD:
            case SUBTRACT:
            case MULTIPLY:
            case DIVIDE:
            case MODULO:
                return Type.NUMBER;
            default:
                return Type.BOOL;
        }
    }
}
