/**
 * The machine-readable reports of {@code validate -format}: JSON, SARIF 2.1.0 and GitHub Actions
 * workflow commands, each carrying the diagnostics' codes, and {@code inspect -format=json}.
 */
package dev.kiln.cli.report;
