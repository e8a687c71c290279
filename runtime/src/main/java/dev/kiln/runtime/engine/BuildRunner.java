package dev.kiln.runtime.engine;

import dev.kiln.runtime.spi.Artifact;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.BuildVariables;
import dev.kiln.runtime.spi.BuilderConfig;
import dev.kiln.runtime.spi.StandardKeys;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.Ui;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs one build from start to end: builder steps (with provisioning), cleanup, post-processors. */
final class BuildRunner {

    private final BuildJob job;
    private final int index;
    private final BuildUis uis;
    private final EngineOptions options;
    private final BuildState state;

    BuildRunner(BuildJob job, int index, BuildUis uis, EngineOptions options) {
        this.job = job;
        this.index = index;
        this.uis = uis;
        this.options = options;
        this.state = new BuildState(job.name(), uis.build(job.name(), index));
    }

    /** Cancels the build from another thread; the build's thread is interrupted by the caller. */
    void cancel() {
        state.cancel();
    }

    BuildOutcome run() {
        long start = System.nanoTime();
        Outcome outcome = steps();
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        return new BuildOutcome(job.name(), index, duration, outcome.artifacts, outcome.error, state.cancelled());
    }

    private record Outcome(List<Artifact> artifacts, Optional<String> error) {}

    private Outcome steps() {
        state.put(
                StandardKeys.BUILD_VARIABLES, BuildVariables.initial(job.name(), job.sourceType(), options.runUuid()));
        ProvisioningStep provisioning = new ProvisioningStep(job, options.workingDirectory());
        List<Step> steps;
        try {
            steps = new ArrayList<>(job.builder()
                    .steps(new BuilderConfig(
                            job.name(),
                            job.sourceType(),
                            job.sourceName(),
                            job.sourceConfig(),
                            options.force(),
                            options.debug(),
                            provisioning)));
        } catch (RuntimeException e) {
            return new Outcome(
                    List.of(), Optional.of("Internal error preparing the " + job.sourceType() + " builder: " + e));
        }
        if (!steps.contains(provisioning)) steps.add(Math.max(0, steps.size() - 1), provisioning);
        new StepSequence(options.onError(), options.debug()).run(steps, state);
        if (state.cancelled()) return new Outcome(List.of(), Optional.of("Build was cancelled."));
        Optional<String> error = state.get(StandardKeys.ERROR);
        if (error.isPresent()) return new Outcome(List.of(), error);
        Optional<Artifact> artifact = state.get(StandardKeys.ARTIFACT);
        if (artifact.isEmpty()) return new Outcome(List.of(), Optional.empty());
        return postProcess(artifact.get());
    }

    private Outcome postProcess(Artifact artifact) {
        try {
            PostProcessing.Result result = new PostProcessing(job, index, uis, options).run(artifact, state);
            if (result.errors().isEmpty()) return new Outcome(result.artifacts(), Optional.empty());
            return new Outcome(result.artifacts(), Optional.of(multiError(result.errors())));
        } catch (InterruptedException e) {
            state.cancel();
            return new Outcome(List.of(), Optional.of("Build was cancelled."));
        } catch (RuntimeException e) {
            return new Outcome(List.of(), Optional.of("Internal error in a post-processor: " + e));
        }
    }

    /** Packer's MultiError text. */
    static String multiError(List<String> errors) {
        StringBuilder out = new StringBuilder().append(errors.size()).append(" error(s) occurred:\n\n");
        for (int i = 0; i < errors.size(); i++) {
            if (i > 0) out.append('\n');
            out.append("* ").append(errors.get(i));
        }
        return out.toString();
    }

    Ui ui() {
        return state.ui();
    }
}
