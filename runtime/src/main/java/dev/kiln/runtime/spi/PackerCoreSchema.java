package dev.kiln.runtime.spi;

import static dev.kiln.compiler.schema.AttributeSchema.bool;
import static dev.kiln.compiler.schema.AttributeSchema.oneOf;
import static dev.kiln.compiler.schema.AttributeSchema.string;
import static dev.kiln.compiler.schema.AttributeSchema.stringMap;

import dev.kiln.compiler.schema.BlockSchema;

/** The {@code packer_*} keys core injects into every plugin's configuration (settable, but meant for core). */
public final class PackerCoreSchema {

    private PackerCoreSchema() {}

    /** The eight keys. */
    public static final BlockSchema SCHEMA = BlockSchema.builder("Set by Packer core for every plugin.")
            .attribute(string("packer_build_name", "The build's name."))
            .attribute(string("packer_builder_type", "The builder type."))
            .attribute(string("packer_core_version", "The Packer version."))
            .attribute(bool("packer_debug", "Whether -debug was given."))
            .attribute(bool("packer_force", "Whether -force was given."))
            .attribute(oneOf(
                    "packer_on_error", "The -on-error choice.", "cleanup", "abort", "ask", "run-cleanup-provisioner"))
            .attribute(stringMap("packer_user_variables", "The template's variables."))
            .attribute(dev.kiln.compiler.schema.AttributeSchema.stringList(
                    "packer_sensitive_variables", "Names of sensitive variables."))
            .build();
}
