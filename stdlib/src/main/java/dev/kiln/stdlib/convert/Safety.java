package dev.kiln.stdlib.convert;

/**
 * Whether a conversion may fail for some values of the source type, as cty distinguishes.
 *
 * <p>{@link #SAFE} conversions always succeed (number to string, list to list of a more general
 * element type). {@link #UNSAFE} conversions also allow ones that can fail for particular values
 * (string to number, map to object, list to set which may merge elements). HCL converts
 * attribute values and function arguments unsafely.
 */
public enum Safety {
    SAFE,
    UNSAFE
}
