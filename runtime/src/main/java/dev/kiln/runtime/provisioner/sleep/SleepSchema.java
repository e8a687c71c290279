package dev.kiln.runtime.provisioner.sleep;

import static dev.kiln.compiler.schema.AttributeSchema.string;

import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.RuleViolation;
import dev.kiln.runtime.plugin.GoDuration;
import dev.kiln.runtime.spi.PackerCoreSchema;
import java.util.List;

/** The {@code sleep} provisioner: waits for a while (e.g. for a service to settle). */
public final class SleepSchema {

    private SleepSchema() {}

    /** The schema. */
    public static final BlockSchema SCHEMA = BlockSchema.builder("Waits for a duration.")
            .include(PackerCoreSchema.SCHEMA)
            .attribute(string("duration", "How long to wait, as a Go duration (10s, 1m30s)."))
            .rule(config -> {
                var text = config.nonEmptyString("duration");
                if (text.isEmpty()) return List.of();
                try {
                    GoDuration.parse(text.get());
                    return List.of();
                } catch (IllegalArgumentException e) {
                    return List.of(RuleViolation.error("duration", e.getMessage()));
                }
            })
            .build();
}
