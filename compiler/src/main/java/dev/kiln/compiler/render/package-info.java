/**
 * The render stage: {@code *.j2} files rendered with Jinjava (loaded only when there is one), the
 * parameters they see, and the line map that moves later diagnostics back to the template lines.
 */
package dev.kiln.compiler.render;
