/**
 * The Plan: {@code Planner} (Packer's {@code GetBuilds}) expands and selects builds, merges build
 * sources, evaluates and checks every plugin body against its schema; the result is immutable
 * data the runtime runs.
 */
package dev.kiln.compiler.plan;
