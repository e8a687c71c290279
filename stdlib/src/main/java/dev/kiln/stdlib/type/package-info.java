/**
 * The HCL type system as go-cty defines it: primitives, collections ({@code list}, {@code set},
 * {@code map}), structural types ({@code object}, {@code tuple}) and {@code any}.
 */
package dev.kiln.stdlib.type;
