package dev.kiln.runtime.spi;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The result of a build or a post-processor: files on disk, an image in a cloud, or nothing but
 * an id. Post-processor chains pass artifacts along; the manifest and the end-of-run summary list
 * them.
 */
public interface Artifact {

    /** The id of the plugin that made it, as Packer's ({@code mitchellh.amazonebs}, {@code packer.post-processor.manifest}). */
    String builderId();

    /** The files this artifact consists of, if any. */
    List<Path> files();

    /** Its id, e.g. {@code us-east-1:ami-0123} or {@code Null}. */
    String id();

    /** How the end-of-run summary describes it. */
    String description();

    /** Extra data for later post-processors and the manifest ({@code custom_data}, generated data ...). */
    Map<String, String> state();

    /** Deletes what the artifact consists of (when a post-processor does not keep its input). */
    void destroy() throws java.io.IOException;
}
