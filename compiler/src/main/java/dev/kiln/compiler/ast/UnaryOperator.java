package dev.kiln.compiler.ast;

/** HCL's unary operators. */
public enum UnaryOperator {
    NEGATE("-"),
    NOT("!");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** How the operator is written. */
    public String symbol() {
        return symbol;
    }
}
