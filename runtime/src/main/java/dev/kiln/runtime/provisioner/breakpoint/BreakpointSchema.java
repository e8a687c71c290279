package dev.kiln.runtime.provisioner.breakpoint;

import static dev.kiln.compiler.schema.AttributeSchema.bool;
import static dev.kiln.compiler.schema.AttributeSchema.string;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.runtime.spi.PackerCoreSchema;

/** The {@code breakpoint} provisioner: pauses the build until Enter is pressed. */
public final class BreakpointSchema {

    private BreakpointSchema() {}

    /** The schema. */
    public static final BlockSchema SCHEMA = BlockSchema.builder("Pauses the build until Enter is pressed.")
            .include(PackerCoreSchema.SCHEMA)
            .attribute(string("note", "Text shown while paused."))
            .attribute(bool("disable", "Skip the pause."))
            .build();
}
