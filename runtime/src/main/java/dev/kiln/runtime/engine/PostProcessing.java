package dev.kiln.runtime.engine;

import dev.kiln.runtime.spi.Artifact;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.BuildVariables;
import dev.kiln.runtime.spi.PostProcessContext;
import dev.kiln.runtime.spi.PostProcessException;
import dev.kiln.runtime.spi.PostProcessResult;
import dev.kiln.runtime.spi.StandardKeys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a build's post-processor chains on the builder's artifact, as Packer's {@code CoreBuild.Run}:
 * each chain starts from the builder artifact; a failure stops its chain; an intermediate artifact
 * is kept or destroyed as {@code keep_input_artifact} (or the post-processor) says; the builder
 * artifact is kept when there are no chains or any chain's first post-processor keeps it.
 */
final class PostProcessing {

    private final BuildJob job;
    private final int index;
    private final BuildUis uis;
    private final EngineOptions options;

    PostProcessing(BuildJob job, int index, BuildUis uis, EngineOptions options) {
        this.job = job;
        this.index = index;
        this.uis = uis;
        this.options = options;
    }

    /** The artifacts, and the errors in Packer's order. */
    record Result(List<Artifact> artifacts, List<String> errors) {}

    Result run(Artifact builderArtifact, BuildState state) throws InterruptedException {
        List<Artifact> artifacts = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        boolean keepOriginal = job.postProcessorChains().isEmpty();
        BuildVariables vars = state.require(StandardKeys.BUILD_VARIABLES);
        chains:
        for (List<PostProcessorRun> chain : job.postProcessorChains()) {
            Artifact prior = builderArtifact;
            for (int i = 0; i < chain.size(); i++) {
                if (state.cancelled() || Thread.currentThread().isInterrupted()) throw new InterruptedException();
                PostProcessorRun pp = chain.get(i);
                state.ui()
                        .say(
                                pp.name().equals(pp.type())
                                        ? "Running post-processor: " + pp.type()
                                        : "Running post-processor: " + pp.name() + " (type " + pp.type() + ")");
                PostProcessContext context = new PostProcessContext(
                        uis.postProcessor(job.name(), index, pp.type()),
                        job.name(),
                        job.sourceType(),
                        job.sourceName(),
                        vars,
                        options.force(),
                        state,
                        options.workingDirectory());
                PostProcessResult result;
                try {
                    result = pp.source().create(vars).process(context, prior);
                } catch (PostProcessException e) {
                    errors.add("Post-processor failed: " + e.getMessage());
                    continue chains;
                }
                if (result == null || result.artifact() == null) continue chains;
                boolean keep = keep(pp, result);
                if (i == 0) {
                    keepOriginal |= keep;
                } else if (keep) {
                    artifacts.add(prior);
                } else {
                    destroy(prior, pp, errors);
                }
                prior = result.artifact();
            }
            artifacts.add(prior);
        }
        if (keepOriginal) {
            artifacts.add(0, builderArtifact);
        } else {
            try {
                builderArtifact.destroy();
            } catch (IOException e) {
                errors.add("Error destroying builder artifact: " + e.getMessage() + "; bad artifact: "
                        + builderArtifact.files());
            }
        }
        return new Result(artifacts, errors);
    }

    /** The user's keep_input_artifact wins unless the post-processor forces keeping its input. */
    private static boolean keep(PostProcessorRun pp, PostProcessResult result) {
        Boolean user = pp.keepInputArtifact();
        if (user == null) return result.keepInput();
        if (result.keepInput() && !user && result.forceOverride()) return true;
        return user;
    }

    private static void destroy(Artifact prior, PostProcessorRun pp, List<String> errors) {
        try {
            prior.destroy();
        } catch (IOException e) {
            errors.add("Failed cleaning up prior artifact: " + e.getMessage() + "; pp is " + pp.type());
        }
    }
}
