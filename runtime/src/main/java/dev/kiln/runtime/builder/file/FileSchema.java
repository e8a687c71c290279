package dev.kiln.runtime.builder.file;

import static dev.kiln.compiler.schema.AttributeSchema.string;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.ConfigRules;
import dev.kiln.compiler.schema.RuleViolation;
import dev.kiln.runtime.spi.PackerCoreSchema;
import java.util.List;

/** The {@code file} builder: its artifact is a file written from {@code content} or copied from {@code source}. */
public final class FileSchema {

    private FileSchema() {}

    /** The schema. */
    public static final BlockSchema SCHEMA = BlockSchema.builder(
                    "Creates a file artifact from content or another file.")
            .include(PackerCoreSchema.SCHEMA)
            .attribute(string("source", "File to copy."))
            .attribute(string("content", "Text to write."))
            .attribute(string("target", "Path of the artifact (required)."))
            .rule(ConfigRules.required("target", "target required"))
            .rule(c -> !c.isNonZero("source") && !c.isNonZero("content")
                    ? List.of(RuleViolation.warning(
                            null, "Both source file and contents are blank; target will have no content"))
                    : List.of())
            .rule(ConfigRules.atMostOne("Cannot specify source file AND content", "source", "content"))
            .build();
}
