package dev.kiln.runtime;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.PluginKind;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.runtime.builder.amazon.AmazonEbsSchema;
import dev.kiln.runtime.builder.file.FileSchema;
import dev.kiln.runtime.builder.nullbuilder.NullSchema;
import dev.kiln.runtime.datasource.amazonami.AmazonAmiSchema;
import dev.kiln.runtime.postprocessor.artifice.ArtificeSchema;
import dev.kiln.runtime.postprocessor.checksum.ChecksumSchema;
import dev.kiln.runtime.postprocessor.compress.CompressSchema;
import dev.kiln.runtime.postprocessor.manifest.ManifestSchema;
import dev.kiln.runtime.postprocessor.shelllocal.ShellLocalPostProcessorSchema;
import dev.kiln.runtime.provisioner.ansible.AnsibleSchema;
import dev.kiln.runtime.provisioner.ansiblelocal.AnsibleLocalSchema;
import dev.kiln.runtime.provisioner.breakpoint.BreakpointSchema;
import dev.kiln.runtime.provisioner.file.FileProvisionerSchema;
import dev.kiln.runtime.provisioner.shell.ShellSchema;
import dev.kiln.runtime.provisioner.shelllocal.ShellLocalSchema;
import dev.kiln.runtime.provisioner.sleep.SleepSchema;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Every plugin component kiln has, by kind and type name: what the compiler checks templates
 * against. Schemas are plain data, so loading the catalog loads no cloud SDK.
 */
public final class PluginCatalog implements PluginSchemas {

    /** The catalog of everything built in. */
    public static final PluginCatalog BUILT_IN = new PluginCatalog(Map.of(
            PluginKind.BUILDER, Map.of(
                    "amazon-ebs", AmazonEbsSchema.SCHEMA,
                    "null", NullSchema.SCHEMA,
                    "file", FileSchema.SCHEMA),
            PluginKind.PROVISIONER, Map.of(
                    "shell", ShellSchema.SCHEMA,
                    "file", FileProvisionerSchema.SCHEMA,
                    "shell-local", ShellLocalSchema.SCHEMA,
                    "breakpoint", BreakpointSchema.SCHEMA,
                    "sleep", SleepSchema.SCHEMA,
                    "ansible", AnsibleSchema.SCHEMA,
                    "ansible-local", AnsibleLocalSchema.SCHEMA),
            PluginKind.POST_PROCESSOR, Map.of(
                    "manifest", ManifestSchema.SCHEMA,
                    "shell-local", ShellLocalPostProcessorSchema.SCHEMA,
                    "checksum", ChecksumSchema.SCHEMA,
                    "compress", CompressSchema.SCHEMA,
                    "artifice", ArtificeSchema.SCHEMA),
            PluginKind.DATA_SOURCE, Map.of(
                    "amazon-ami", AmazonAmiSchema.SCHEMA)));

    private final Map<PluginKind, Map<String, BlockSchema>> schemas;

    private PluginCatalog(Map<PluginKind, Map<String, BlockSchema>> schemas) {
        this.schemas = schemas;
    }

    @Override
    public Optional<BlockSchema> schema(PluginKind kind, String type) {
        return Optional.ofNullable(schemas.getOrDefault(kind, Map.of()).get(type));
    }

    @Override
    public SortedSet<String> types(PluginKind kind) {
        return new TreeSet<>(schemas.getOrDefault(kind, Map.of()).keySet());
    }
}
