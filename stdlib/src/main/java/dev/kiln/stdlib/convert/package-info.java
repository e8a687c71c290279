/**
 * Type conversion and unification with HCL's rules: {@link dev.kiln.stdlib.convert.Conversion}
 * converts a value to a type (errors are values with a {@link dev.kiln.stdlib.convert.Path}),
 * {@link dev.kiln.stdlib.convert.Unification} finds the common type of several types.
 */
package dev.kiln.stdlib.convert;
