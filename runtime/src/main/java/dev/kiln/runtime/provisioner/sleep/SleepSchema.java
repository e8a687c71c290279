package dev.kiln.runtime.provisioner.sleep;

import static dev.kiln.compiler.schema.AttributeSchema.duration;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.runtime.spi.PackerCoreSchema;

/** The {@code sleep} provisioner: waits for a while (e.g. for a service to settle). */
public final class SleepSchema {

    private SleepSchema() {}

    /** The schema. */
    public static final BlockSchema SCHEMA = BlockSchema.builder("Waits for a duration.")
            .include(PackerCoreSchema.SCHEMA)
            .attribute(duration("duration", "How long to wait, as a Go duration (10s, 1m30s)."))
            .build();
}
