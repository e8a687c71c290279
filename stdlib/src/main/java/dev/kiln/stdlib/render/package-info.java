/**
 * Text forms of values for people: {@link dev.kiln.stdlib.render.ConsoleFormat} as {@code packer
 * console} prints them and {@link dev.kiln.stdlib.render.HclFormat} as HCL syntax, both masking
 * sensitive values according to {@link dev.kiln.stdlib.render.RenderOptions}.
 */
package dev.kiln.stdlib.render;
