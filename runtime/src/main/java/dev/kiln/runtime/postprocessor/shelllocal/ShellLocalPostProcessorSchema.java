package dev.kiln.runtime.postprocessor.shelllocal;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.runtime.provisioner.shelllocal.ShellLocalSchema;

/** The {@code shell-local} post-processor: the same options as the provisioner (the SDK shares them). */
public final class ShellLocalPostProcessorSchema {

    private ShellLocalPostProcessorSchema() {}

    /** The schema. */
    public static final BlockSchema SCHEMA = ShellLocalSchema.SCHEMA;
}
