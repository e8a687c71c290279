package dev.kiln.runtime.spi;

import dev.kiln.compiler.schema.ConfigView;
import java.io.IOException;

/**
 * Connects a communicator ({@code ssh}, later {@code winrm}) to a host, reading its {@code ssh_*}
 * options from the builder's configuration. Implementations retry until {@code ssh_timeout} and
 * stop early when the build is cancelled.
 */
@FunctionalInterface
public interface CommunicatorFactory {

    /** A connected communicator for {@code host}, configured by {@code config}. */
    Communicator connect(ConfigView config, String host, BuildState state) throws IOException, InterruptedException;
}
