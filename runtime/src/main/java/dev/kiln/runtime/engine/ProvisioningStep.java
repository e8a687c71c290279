package dev.kiln.runtime.engine;

import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.BuildVariables;
import dev.kiln.runtime.spi.ProvisionContext;
import dev.kiln.runtime.spi.ProvisionException;
import dev.kiln.runtime.spi.StandardKeys;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Packer's {@code StepProvision}: runs the build's provisioners in order once the machine is ready;
 * its cleanup runs the {@code error-cleanup-provisioner} when the build holds an error (a failed
 * provisioner or any later step).
 */
public final class ProvisioningStep implements Step {

    private final List<ProvisionerRun> provisioners;
    private final Optional<ProvisionerRun> errorCleanup;
    private final String builderType;
    private final Path workingDirectory;

    ProvisioningStep(BuildJob job, Path workingDirectory) {
        this.provisioners = job.provisioners();
        this.errorCleanup = job.errorCleanupProvisioner();
        this.builderType = job.sourceType();
        this.workingDirectory = workingDirectory;
    }

    @Override
    public String name() {
        return "StepProvision";
    }

    @Override
    public StepResult run(BuildState state) throws InterruptedException {
        ProvisionContext context = context(state);
        for (ProvisionerRun run : provisioners) {
            try {
                ProvisionerChain.provision(run, context);
            } catch (ProvisionException e) {
                return StepResult.halt(e.getMessage());
            }
        }
        return StepResult.proceed();
    }

    @Override
    public void cleanup(BuildState state) {
        Optional<String> error = state.get(StandardKeys.ERROR);
        if (error.isEmpty()) return;
        state.ui().say("Provisioning step had errors: Running the cleanup provisioner, if present...");
        if (errorCleanup.isEmpty()) return;
        try {
            ProvisionerChain.provision(errorCleanup.get(), context(state));
        } catch (ProvisionException e) {
            state.put(
                    StandardKeys.ERROR,
                    "Cleanup failed: " + e.getMessage() + ". Original Provisioning error: " + error.get());
        } catch (InterruptedException e) {
            state.cancel();
        }
    }

    private ProvisionContext context(BuildState state) {
        BuildVariables vars = state.require(StandardKeys.BUILD_VARIABLES);
        return new ProvisionContext(
                state.ui(),
                state.get(StandardKeys.COMMUNICATOR).orElse(null),
                vars,
                state,
                state.buildName(),
                builderType,
                workingDirectory);
    }
}
