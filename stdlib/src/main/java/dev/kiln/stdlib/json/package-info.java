/** JSON text to and from values with cty's rules, as {@code jsonencode} and {@code jsondecode} use. */
package dev.kiln.stdlib.json;
