package dev.kiln.compiler.config;

import static dev.kiln.compiler.schema.AttributeSchema.optional;
import static dev.kiln.compiler.schema.AttributeSchema.required;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.BlockTypeSchema;
import dev.kiln.compiler.schema.PluginKind;
import dev.kiln.compiler.schema.PluginSchemas;
import dev.kiln.stdlib.type.Type;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** A few plugin schemas shaped like the real ones (which live in the runtime), for compiler tests. */
final class TestPlugins implements PluginSchemas {

    static final TestPlugins INSTANCE = new TestPlugins();

    private static final BlockSchema FILTER = BlockSchema.builder("Finds an AMI.")
            .attribute(optional("filters", Type.map(Type.STRING), "Filters."))
            .attribute(optional("owners", Type.list(Type.STRING), "Owners."))
            .attribute(optional("most_recent", Type.BOOL, "Newest."))
            .build();

    private static final Map<PluginKind, Map<String, BlockSchema>> SCHEMAS = Map.of(
            PluginKind.BUILDER,
                    Map.of(
                            "null",
                                    BlockSchema.builder("Does nothing.")
                                            .attribute(optional("communicator", Type.STRING, "Communicator."))
                                            .attribute(optional("ssh_host", Type.STRING, "Host."))
                                            .attribute(optional("ssh_username", Type.STRING, "User."))
                                            .build(),
                            "amazon-ebs",
                                    BlockSchema.builder("EBS-backed AMI.")
                                            .attribute(optional("ami_name", Type.STRING, "Name."))
                                            .attribute(optional("region", Type.STRING, "Region."))
                                            .attribute(optional("instance_type", Type.STRING, "Type."))
                                            .attribute(optional("source_ami", Type.STRING, "AMI."))
                                            .attribute(optional("tags", Type.map(Type.STRING), "Tags."))
                                            .block(BlockTypeSchema.single("source_ami_filter", FILTER))
                                            .block(BlockTypeSchema.list(
                                                    "launch_block_device_mappings",
                                                    BlockSchema.builder("Device.")
                                                            .attribute(required("device_name", Type.STRING, "Device."))
                                                            .attribute(optional("volume_size", Type.NUMBER, "Size."))
                                                            .build()))
                                            .build()),
            PluginKind.PROVISIONER,
                    Map.of(
                            "shell",
                                    BlockSchema.builder("Runs shell scripts.")
                                            .attribute(optional("inline", Type.list(Type.STRING), "Commands."))
                                            .attribute(optional("script", Type.STRING, "Script."))
                                            .attribute(optional("scripts", Type.list(Type.STRING), "Scripts."))
                                            .build(),
                            "file",
                                    BlockSchema.builder("Uploads files.")
                                            .attribute(optional("source", Type.STRING, "Source."))
                                            .attribute(optional("destination", Type.STRING, "Destination."))
                                            .build()),
            PluginKind.POST_PROCESSOR,
                    Map.of(
                            "manifest",
                            BlockSchema.builder("Writes a manifest.")
                                    .attribute(optional("output", Type.STRING, "Output."))
                                    .build()),
            PluginKind.DATA_SOURCE,
                    Map.of(
                            "amazon-ami",
                            BlockSchema.builder("Finds an AMI.").include(FILTER).build()));

    /** A few Packer components kiln lacks, as the runtime's table names them, for the unknown-type messages. */
    @Override
    public Optional<String> packerOrigin(PluginKind kind, String type) {
        return Optional.ofNullable(
                switch (kind) {
                    case BUILDER -> type.equals("virtualbox-iso") ? "github.com/hashicorp/virtualbox" : null;
                    case PROVISIONER -> type.equals("salt-masterless") ? "github.com/hashicorp/saltstack" : null;
                    case POST_PROCESSOR -> type.equals("docker-push") ? "github.com/hashicorp/docker" : null;
                    case DATA_SOURCE -> null;
                });
    }

    @Override
    public Optional<BlockSchema> schema(PluginKind kind, String type) {
        return Optional.ofNullable(SCHEMAS.get(kind).get(type));
    }

    @Override
    public SortedSet<String> types(PluginKind kind) {
        return new TreeSet<>(SCHEMAS.get(kind).keySet());
    }
}
