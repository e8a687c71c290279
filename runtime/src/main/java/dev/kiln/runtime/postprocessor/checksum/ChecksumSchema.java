package dev.kiln.runtime.postprocessor.checksum;

import static dev.kiln.compiler.schema.AttributeSchema.string;
import static dev.kiln.compiler.schema.AttributeSchema.stringList;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.RuleViolation;
import dev.kiln.runtime.spi.PackerCoreSchema;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The {@code checksum} post-processor: writes checksums of the artifact's files. */
public final class ChecksumSchema {

    private ChecksumSchema() {}

    private static final Set<String> TYPES = Set.of("md5", "sha1", "sha224", "sha256", "sha384", "sha512");

    /** The schema. */
    public static final BlockSchema SCHEMA = BlockSchema.builder("Writes checksums of the artifact's files.")
            .include(PackerCoreSchema.SCHEMA)
            .attribute(stringList("checksum_types", "md5 (default), sha1, sha224, sha256, sha384 or sha512.")
                    .withDefault(Value.list(Value.string("md5"))))
            .attribute(string("output", "Path of the checksum file.")
                    .withDefault(Value.string("packer_{{.BuildName}}_{{.BuilderType}}_{{.ChecksumType}}.checksum")))
            .rule(config -> {
                List<RuleViolation> out = new ArrayList<>();
                for (Value v : config.elements("checksum_types")) {
                    if (v.unmarkDeep() instanceof StringValue s && !TYPES.contains(s.value())) {
                        out.add(RuleViolation.error("checksum_types", "Unrecognized checksum type: " + s.value()));
                    }
                }
                return out;
            })
            .build();
}
