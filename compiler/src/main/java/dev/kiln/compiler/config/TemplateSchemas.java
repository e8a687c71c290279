package dev.kiln.compiler.config;

import static dev.kiln.compiler.schema.AttributeSchema.optional;
import static dev.kiln.compiler.schema.AttributeSchema.required;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.BlockTypeSchema;
import dev.kiln.compiler.schema.ConfigRules;
import dev.kiln.stdlib.type.Type;

/** The schemas of the template language itself (Packer's {@code configSchema} and the blocks core decodes). */
public final class TemplateSchemas {

    private TemplateSchemas() {}

    /** {@code packer { required_version, required_plugins { ... } }}. */
    public static final BlockSchema PACKER = BlockSchema.builder("Requirements on Packer core and its plugins.")
            .attribute(
                    optional("required_version", Type.STRING, "Version constraint on Packer core, e.g. \">= 1.10.0\"."))
            .block(BlockTypeSchema.list("required_plugins", null))
            .build();

    /** {@code validation { condition, error_message }} inside a variable. */
    public static final BlockSchema VALIDATION = BlockSchema.builder("A rule the variable's value must satisfy.")
            .attribute(required("condition", Type.ANY, "A bool expression over var.NAME; false rejects the value."))
            .attribute(required("error_message", Type.STRING, "The sentence shown when the condition is false."))
            .build();

    /** {@code variable "NAME" { ... }}. */
    public static final BlockSchema VARIABLE = BlockSchema.builder("An input variable.")
            .attribute(optional("type", Type.ANY, "The type constraint of the value, e.g. list(string)."))
            .attribute(optional("default", Type.ANY, "The value when none is given; makes the variable optional."))
            .attribute(optional("description", Type.STRING, "What the variable is for."))
            .attribute(optional("sensitive", Type.BOOL, "Masks the value in all output."))
            .block(BlockTypeSchema.list("validation", VALIDATION))
            .build();

    /** {@code local "NAME" { expression, sensitive }}. */
    public static final BlockSchema LOCAL = BlockSchema.builder("A single local value, which may be marked sensitive.")
            .attribute(required("expression", Type.ANY, "The value."))
            .attribute(optional("sensitive", Type.BOOL, "Masks the value in all output."))
            .build();

    private static final java.util.regex.Pattern BUCKET_NAME = java.util.regex.Pattern.compile("[a-zA-Z0-9-]{3,36}");

    /** {@code hcp_packer_registry { ... }}. */
    public static final BlockSchema HCP_PACKER_REGISTRY = BlockSchema.builder(
                    "HCP Packer registry metadata (ignored by kiln).")
            .attribute(optional("bucket_name", Type.STRING, "The HCP Packer bucket."))
            .attribute(optional("description", Type.STRING, "The bucket's description."))
            .attribute(optional("bucket_labels", Type.map(Type.STRING), "Labels of the bucket."))
            .attribute(optional("build_labels", Type.map(Type.STRING), "Labels of the build."))
            .attribute(optional("labels", Type.map(Type.STRING), "Deprecated: use bucket_labels."))
            .attribute(optional("channels", Type.list(Type.STRING), "Channels to assign the build to."))
            // Packer checks these statically, before talking to HCP; kiln never talks to HCP but checks them alike.
            .rule(ConfigRules.errorWhen(
                    c -> c.nonEmptyString("bucket_name")
                            .map(n -> !BUCKET_NAME.matcher(n).matches())
                            .orElse(false),
                    "hcp_packer_registry.bucket_name can only contain between 3 and 36 ASCII letters,"
                            + " numbers and hyphens"))
            .rule(ConfigRules.errorWhen(
                    c -> c.string("description").map(d -> d.length() > 255).orElse(false),
                    "hcp_packer_registry.description should have a maximum length of 255 characters"))
            .rule(ConfigRules.errorWhen(
                    c -> c.isNonZero("labels") && c.isNonZero("bucket_labels"),
                    "hcp_packer_registry.labels and hcp_packer_registry.bucket_labels are mutely exclusive; please use"
                            + " the recommended argument hcp_packer_registry.bucket_labels"))
            .rule(ConfigRules.deprecated(
                    "labels",
                    "the argument hcp_packer_registry.labels has been deprecated and will"
                            + " be removed in a future release; please use hcp_packer_registry.bucket_labels"))
            .build();

    /** The meta-arguments core takes out of a provisioner block before the plugin sees it. */
    public static final BlockSchema PROVISIONER_META = BlockSchema.builder("Meta-arguments of every provisioner.")
            .attribute(optional("name", Type.STRING, "Display name of the provisioner."))
            .attribute(optional("only", Type.list(Type.STRING), "Run only for these sources (TYPE.NAME)."))
            .attribute(optional("except", Type.list(Type.STRING), "Skip these sources (TYPE.NAME)."))
            .attribute(optional("pause_before", Type.STRING, "Duration to wait before running, e.g. 10s."))
            .attribute(optional("max_retries", Type.NUMBER, "How many times to retry on failure."))
            .attribute(optional("timeout", Type.STRING, "Duration after which the provisioner is cancelled."))
            .attribute(optional("continue_on_error", Type.BOOL, "Carry on with the build when it fails."))
            .attribute(optional("override", Type.ANY, "Per-source argument overrides, keyed by source name."))
            .build();

    /** The meta-arguments core takes out of a post-processor block. */
    public static final BlockSchema POST_PROCESSOR_META = BlockSchema.builder("Meta-arguments of every post-processor.")
            .attribute(optional("name", Type.STRING, "Display name of the post-processor."))
            .attribute(optional("only", Type.list(Type.STRING), "Run only for these sources (TYPE.NAME)."))
            .attribute(optional("except", Type.list(Type.STRING), "Skip these sources (TYPE.NAME)."))
            .attribute(optional("keep_input_artifact", Type.BOOL, "Keep the artifact this post-processor consumes."))
            .build();

    /** {@code post-processors { post-processor "T" {...} ... }}: one chain. */
    public static final BlockSchema POST_PROCESSORS = BlockSchema.builder("A chain of post-processors.")
            .block(BlockTypeSchema.list("post-processor", null, "type"))
            .build();

    /** The {@code name} a build's {@code source} block may set; the rest is merged into the source. */
    public static final BlockSchema BUILD_SOURCE = BlockSchema.builder("Uses a source in a build.")
            .attribute(optional("name", Type.STRING, "The name of the build for this source."))
            .build();

    /** {@code build { ... }}. */
    public static final BlockSchema BUILD = BlockSchema.builder(
                    "Builds sources, then provisions and post-processes them.")
            .attribute(optional("name", Type.STRING, "The name of the build, prefixed to each build's name."))
            .attribute(optional("description", Type.STRING, "What the build does."))
            .attribute(optional("sources", Type.list(Type.STRING), "Sources to build: source.TYPE.NAME."))
            .block(BlockTypeSchema.list("from", null, "type"))
            .block(BlockTypeSchema.list("source", null, "reference"))
            .block(BlockTypeSchema.list("provisioner", null, "type"))
            .block(BlockTypeSchema.list("error-cleanup-provisioner", null, "type"))
            .block(BlockTypeSchema.list("post-processor", null, "type"))
            .block(BlockTypeSchema.list("post-processors", POST_PROCESSORS))
            .block(BlockTypeSchema.list("hcp_packer_registry", HCP_PACKER_REGISTRY))
            .build();

    /** The top level of a file (Packer's {@code configSchema}, plus what newer Packer added). */
    public static final BlockSchema FILE = BlockSchema.builder("A Packer template file.")
            .block(BlockTypeSchema.list("packer", PACKER))
            .block(BlockTypeSchema.list("source", null, "type", "name"))
            .block(BlockTypeSchema.list("variables", null))
            .block(BlockTypeSchema.list("variable", VARIABLE, "name"))
            .block(BlockTypeSchema.list("locals", null))
            .block(BlockTypeSchema.list("local", LOCAL, "name"))
            .block(BlockTypeSchema.list("data", null, "type", "name"))
            .block(BlockTypeSchema.list("build", BUILD))
            .block(BlockTypeSchema.list("hcp_packer_registry", HCP_PACKER_REGISTRY))
            .block(BlockTypeSchema.list("communicator", null, "type", "name"))
            .build();
}
