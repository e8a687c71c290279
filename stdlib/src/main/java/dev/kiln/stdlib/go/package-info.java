/**
 * Ports of the Go standard library behaviour Packer users see: durations, {@code strconv.Quote} and
 * {@code %g}, time parsing and layouts, {@code fmt} verbs, CSV, base64, slash paths, RE2 patterns
 * and doublestar globs, each with Go's error wording.
 */
package dev.kiln.stdlib.go;
