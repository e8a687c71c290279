/**
 * What the built-in plugins share: reading their evaluated configuration ({@link
 * dev.kiln.runtime.plugin.ConfigValues}), Packer's Go-template interpolation inside option values
 * ({@link dev.kiln.runtime.plugin.GoTemplate}), Go durations and exit-code checks.
 */
package dev.kiln.runtime.plugin;
