/**
 * Immutable HCL values: the sealed {@link dev.kiln.stdlib.value.Value} hierarchy, unknown and
 * null values of every type, and {@link dev.kiln.stdlib.value.Marks marks} such as "sensitive".
 *
 * <p>Dispatch over values with an {@code instanceof} chain ending in {@code throw new
 * AssertionError(value)}; Java 17 has no pattern matching for switch.
 */
package dev.kiln.stdlib.value;
