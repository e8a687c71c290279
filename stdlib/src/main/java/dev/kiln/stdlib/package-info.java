/**
 * kiln's standard library: HCL types and values, conversion, rendering and the built-in
 * functions. It has no dependencies outside the JDK.
 */
package dev.kiln.stdlib;
