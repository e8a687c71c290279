/**
 * Legacy JSON templates ({@code packer.json}): read with JSON positions and translated into the
 * HCL2 {@link dev.kiln.compiler.config.Template} model (Go-template {@code {{ }}} strings into HCL
 * templates), so validation, the Plan and every plugin treat both formats alike.
 */
package dev.kiln.compiler.legacy;
