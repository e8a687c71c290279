package dev.kiln.runtime.postprocessor.artifice;

import static dev.kiln.compiler.schema.AttributeSchema.stringList;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.ConfigRules;
import dev.kiln.runtime.spi.PackerCoreSchema;

/** The {@code artifice} post-processor: replaces the artifact with a list of files. */
public final class ArtificeSchema {

    private ArtificeSchema() {}

    /** The schema. */
    public static final BlockSchema SCHEMA = BlockSchema.builder("Replaces the artifact with the given files.")
            .include(PackerCoreSchema.SCHEMA)
            .attribute(stringList("files", "Files of the new artifact (required)."))
            .rule(ConfigRules.required("files", "No files specified in artifice configuration"))
            .build();
}
