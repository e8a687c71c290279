/**
 * The built-in functions, one class per family, gathered by {@link
 * dev.kiln.stdlib.functions.PackerFunctions#catalog()}. See {@link dev.kiln.stdlib.function} for
 * how to add one.
 */
package dev.kiln.stdlib.functions;
