/**
 * Variable values and the evaluation scope of a template: input variables from defaults, the
 * environment, var files and {@code -var}, converted and validated; locals in dependency order;
 * the {@code var}, {@code local}, {@code path} and {@code packer} roots every later stage evaluates in.
 */
package dev.kiln.compiler.variables;
