package dev.kiln.compiler.variables;

import dev.kiln.compiler.source.SourceRange;

/**
 * Where a variable's value came from.
 *
 * @param kind the kind of source, as Packer names it in "Invalid value for KIND variable"
 * @param range where the value is written (a var file, a default, the text of a {@code -var}); null
 *     for a literal taken from the environment or command line as is
 */
public record ValueSource(Kind kind, String name, SourceRange range) {

    /** The four places a value can come from, lowest precedence first. */
    public enum Kind {
        DEFAULT("default"),
        ENV("env"),
        VARFILE("varfile"),
        CMD("cmd");

        private final String packerName;

        Kind(String packerName) {
            this.packerName = packerName;
        }

        /** Packer's word for it ({@code default}, {@code env}, {@code varfile}, {@code cmd}). */
        public String packerName() {
            return packerName;
        }
    }

    /** A source as a person reads it: {@code default}, {@code env PKR_VAR_x}, {@code x.pkrvars.hcl:3}, {@code -var x}. */
    public String describe() {
        switch (kind) {
            case DEFAULT:
                return "default";
            case ENV:
                return "env PKR_VAR_" + name;
            case VARFILE:
                return range.file() + ":" + range.start().line();
            default:
                return "-var " + name;
        }
    }
}
