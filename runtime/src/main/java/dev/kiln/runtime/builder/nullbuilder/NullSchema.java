package dev.kiln.runtime.builder.nullbuilder;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.runtime.spi.CommunicatorSchema;
import dev.kiln.runtime.spi.PackerCoreSchema;

/** The {@code null} builder: builds nothing, only connects with its communicator (or not, with {@code none}). */
public final class NullSchema {

    private NullSchema() {}

    /** The schema: the communicator's options; {@code ssh_host} is required when connecting over SSH. */
    public static final BlockSchema SCHEMA = BlockSchema.builder(
                    "Creates nothing; runs provisioners on an existing host.")
            .include(PackerCoreSchema.SCHEMA)
            .include(CommunicatorSchema.SCHEMA)
            .rule(config -> CommunicatorSchema.isSsh(config) && !config.isNonZero("ssh_host")
                    ? java.util.List.of(dev.kiln.compiler.schema.RuleViolation.error(
                            null, "a Host must be specified, please reference your communicator documentation"))
                    : java.util.List.of())
            .build();
}
