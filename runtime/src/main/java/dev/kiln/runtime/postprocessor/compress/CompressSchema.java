package dev.kiln.runtime.postprocessor.compress;

import static dev.kiln.compiler.schema.AttributeSchema.number;
import static dev.kiln.compiler.schema.AttributeSchema.string;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.runtime.spi.PackerCoreSchema;
import dev.kiln.stdlib.value.Value;

/** The {@code compress} post-processor: archives and compresses the artifact's files. */
public final class CompressSchema {

    private CompressSchema() {}

    /** The schema. */
    public static final BlockSchema SCHEMA = BlockSchema.builder("Compresses the artifact's files into an archive.")
            .include(PackerCoreSchema.SCHEMA)
            .attribute(string("output", "Archive path; its extension picks the format.")
                    .withDefault(Value.string("packer_{{.BuildName}}_{{.BuilderType}}")))
            .attribute(string("format", "Archive format when the extension does not say."))
            .attribute(number("compression_level", "0 (none) to 9 (best); default 6."))
            .build();
}
