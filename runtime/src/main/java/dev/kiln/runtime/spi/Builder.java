package dev.kiln.runtime.spi;

import java.util.List;

/**
 * A builder plugin ({@code null}, {@code file}, {@code amazon-ebs}): the steps that create a
 * machine image. The steps include {@link BuilderConfig#provisioning()} where provisioners run
 * (the engine inserts it before the last step if a builder leaves it out); a builder with a
 * communicator puts it under {@link StandardKeys#COMMUNICATOR} before that step; the last step
 * leaves the {@link dev.kiln.runtime.spi.Artifact} under {@link StandardKeys#ARTIFACT}.
 */
public interface Builder {

    /** The type name used in {@code source "TYPE" "NAME"}. */
    String type();

    /** The steps of one build with {@code config}, in order. */
    List<Step> steps(BuilderConfig config);
}
