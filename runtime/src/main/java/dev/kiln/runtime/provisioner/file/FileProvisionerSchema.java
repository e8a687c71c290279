package dev.kiln.runtime.provisioner.file;

import static dev.kiln.compiler.schema.AttributeSchema.bool;
import static dev.kiln.compiler.schema.AttributeSchema.string;
import static dev.kiln.compiler.schema.AttributeSchema.stringList;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.ConfigRules;
import dev.kiln.runtime.spi.LocalFiles;
import dev.kiln.runtime.spi.PackerCoreSchema;
import dev.kiln.stdlib.value.Value;
import java.util.Set;

/** The {@code file} provisioner: uploads (or downloads) files over the communicator. */
public final class FileProvisionerSchema {

    private FileProvisionerSchema() {}

    /** The schema. */
    public static final BlockSchema SCHEMA = BlockSchema.builder("Copies files to or from the machine being built.")
            .include(PackerCoreSchema.SCHEMA)
            .attribute(string("source", "Local path to upload (or remote path to download)."))
            .attribute(stringList("sources", "Several paths to upload."))
            .attribute(string("content", "Text to upload instead of a file."))
            .attribute(string("destination", "Where the file goes (required)."))
            .attribute(string("direction", "upload (default) or download.").withDefault(Value.string("upload")))
            .attribute(bool("generated", "The source is created during the build; do not check it exists."))
            .rule(ConfigRules.required("destination", "Destination must be specified."))
            .rule(ConfigRules.oneOf(
                    "direction", Set.of("upload", "download"), "Direction must be one of: download, upload."))
            .rule(ConfigRules.errorWhen(
                    "content",
                    c -> c.isNonZero("content") && (c.isNonZero("source") || c.isNonZero("sources")),
                    "source(s) conflicts with content."))
            // content = "" is set: it uploads an empty file (a marker), so only its absence needs a source.
            .rule(ConfigRules.errorWhen(
                    c -> !c.isNonZero("source") && !c.isNonZero("sources") && !c.isSet("content"),
                    "Source must be specified."))
            .rule(LocalFiles.mustExist(
                    c -> !c.string("direction").orElse("upload").equals("download") && !c.isTrue("generated"),
                    FileProvisionerSchema::badSource,
                    "source",
                    "sources"))
            .build();

    /** Packer's error for an upload source that does not exist; {@code statError} is Go's os.Stat error. */
    public static String badSource(String source, String statError) {
        return "Bad source '" + source + "': " + statError;
    }
}
