/** Unicode text rules shared by types and values: code point ordering and grapheme clusters. */
package dev.kiln.stdlib.text;
