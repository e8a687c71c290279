package dev.kiln.stdlib.type;

/** The three primitive types. */
public enum PrimitiveType implements Type {
    STRING("string"),
    NUMBER("number"),
    BOOL("bool");

    private final String keyword;

    PrimitiveType(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String friendlyName() {
        return keyword;
    }

    @Override
    public String friendlyNameForConstraint() {
        return keyword;
    }

    @Override
    public boolean hasDynamicTypes() {
        return false;
    }

    @Override
    public Type withoutOptionalAttributes() {
        return this;
    }

    @Override
    public String toString() {
        return keyword;
    }
}
