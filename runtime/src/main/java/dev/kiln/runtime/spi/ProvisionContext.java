package dev.kiln.runtime.spi;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything a provisioner sees while it runs: the build's UI, the communicator (null with
 * {@code communicator = "none"}), the {@code build.*} values, the build state (for
 * {@link BuildState#cancelled()}), the build's name and builder type (for
 * {@code PACKER_BUILD_NAME}/{@code PACKER_BUILDER_TYPE}) and the directory relative paths are
 * resolved against.
 */
public record ProvisionContext(
        Ui ui,
        Communicator communicator,
        BuildVariables buildVariables,
        BuildState state,
        String buildName,
        String builderType,
        Path workingDirectory) {

    /** The communicator, or empty when the build has none. */
    public Optional<Communicator> optionalCommunicator() {
        return Optional.ofNullable(communicator);
    }

    /** The communicator; a provisioner that needs one fails with Packer's message when there is none. */
    public Communicator requireCommunicator() throws ProvisionException {
        if (communicator == null) {
            throw new ProvisionException("No communicator found for provisioners! This is usually because the\n"
                    + "`communicator` config was set to \"none\". If you have any provisioners\n"
                    + "then a communicator is required. Please fix this to continue.");
        }
        return communicator;
    }

    /** Whether the build was cancelled: long-running provisioners stop early. */
    public boolean cancelled() {
        return state.cancelled() || Thread.currentThread().isInterrupted();
    }
}
