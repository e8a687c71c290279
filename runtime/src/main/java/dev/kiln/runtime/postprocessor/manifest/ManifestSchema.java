package dev.kiln.runtime.postprocessor.manifest;

import static dev.kiln.compiler.schema.AttributeSchema.bool;
import static dev.kiln.compiler.schema.AttributeSchema.string;
import static dev.kiln.compiler.schema.AttributeSchema.stringMap;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.runtime.spi.PackerCoreSchema;
import dev.kiln.stdlib.value.Value;

/** The {@code manifest} post-processor: appends each build's artifact to a JSON file. */
public final class ManifestSchema {

    private ManifestSchema() {}

    /** The schema. */
    public static final BlockSchema SCHEMA = BlockSchema.builder("Records each build's artifact in a JSON manifest.")
            .include(PackerCoreSchema.SCHEMA)
            .attribute(string("output", "The manifest file.").withDefault(Value.string("packer-manifest.json")))
            .attribute(bool("strip_path", "Record file names without their directory."))
            .attribute(bool("strip_time", "Leave build_time out."))
            .attribute(stringMap("custom_data", "Extra data recorded with each build."))
            .build();
}
