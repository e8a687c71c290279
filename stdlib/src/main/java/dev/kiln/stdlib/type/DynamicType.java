package dev.kiln.stdlib.type;

/** The {@code any} type; a value of this type is always null or unknown. */
public enum DynamicType implements Type {
    ANY;

    @Override
    public String friendlyName() {
        return "dynamic";
    }

    @Override
    public String friendlyNameForConstraint() {
        return "any type";
    }

    @Override
    public boolean hasDynamicTypes() {
        return true;
    }

    @Override
    public Type withoutOptionalAttributes() {
        return this;
    }

    @Override
    public String toString() {
        return "any";
    }
}
