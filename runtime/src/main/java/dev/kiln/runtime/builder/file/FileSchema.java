package dev.kiln.runtime.builder.file;

import static dev.kiln.compiler.schema.AttributeSchema.string;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.ConfigRules;
import dev.kiln.runtime.PackerCoreSchema;

/** The {@code file} builder: its artifact is a file written from {@code content} or copied from {@code source}. */
public final class FileSchema {

    private FileSchema() {}

    /** The schema. */
    public static final BlockSchema SCHEMA = BlockSchema.builder("Creates a file artifact from content or another file.")
            .include(PackerCoreSchema.SCHEMA)
            .attribute(string("source", "File to copy."))
            .attribute(string("content", "Text to write."))
            .attribute(string("target", "Path of the artifact (required)."))
            .rule(ConfigRules.required("target", "target is required"))
            .rule(ConfigRules.atLeastOne("source or content is required", "source", "content"))
            .rule(ConfigRules.atMostOne("source and content cannot both be specified", "source", "content"))
            .build();
}
