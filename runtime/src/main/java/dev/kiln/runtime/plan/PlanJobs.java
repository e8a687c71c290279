package dev.kiln.runtime.plan;

import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.plan.Plan;
import dev.kiln.compiler.plan.PlannedBuild;
import dev.kiln.compiler.plan.PlannedPostProcessor;
import dev.kiln.compiler.plan.PlannedProvisioner;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.runtime.engine.BuildJob;
import dev.kiln.runtime.engine.PostProcessorRun;
import dev.kiln.runtime.engine.ProvisionerRun;
import dev.kiln.runtime.spi.Builder;
import dev.kiln.runtime.spi.PostProcessorFactory;
import dev.kiln.runtime.spi.ProvisionerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the compiler's {@link Plan} into the engine's {@link BuildJob}s: the builder gets the
 * source configuration as validation evaluated it; provisioners and post-processors are made at
 * run time from their configuration evaluated with the real {@code build.*} values. A plugin kiln
 * can check but not run is an error diagnostic at its block.
 */
public final class PlanJobs {

    private final PluginCatalog catalog;

    /** Jobs instantiating plugins from {@code catalog}. */
    public PlanJobs(PluginCatalog catalog) {
        this.catalog = catalog;
    }

    /** The jobs of {@code plan}, in order; a build with a plugin kiln cannot run is left out with an error. */
    public List<BuildJob> of(Plan plan, Diagnostics diagnostics) {
        List<BuildJob> jobs = new ArrayList<>();
        for (PlannedBuild build : plan.builds()) job(build, diagnostics).ifPresent(jobs::add);
        return jobs;
    }

    private Optional<BuildJob> job(PlannedBuild build, Diagnostics diagnostics) {
        Diagnostics own = new Diagnostics();
        Optional<Builder> builder = catalog.builder(build.sourceType());
        if (builder.isEmpty()) {
            own.add(RuntimePlanDiagnostics.BUILDER_NOT_AVAILABLE.error(
                    "kiln cannot run the " + build.sourceType() + " builder yet; validate and inspect check it.",
                    build.sourceConfig().definitionRange()));
        }
        List<ProvisionerRun> provisioners = new ArrayList<>();
        for (PlannedProvisioner p : build.provisioners())
            provisioner(p, build, own).ifPresent(provisioners::add);
        Optional<ProvisionerRun> cleanup = build.errorCleanupProvisioner() == null
                ? Optional.empty()
                : provisioner(build.errorCleanupProvisioner(), build, own);
        List<List<PostProcessorRun>> chains = new ArrayList<>();
        for (List<PlannedPostProcessor> chain : build.postProcessorChains()) {
            List<PostProcessorRun> runs = new ArrayList<>();
            for (PlannedPostProcessor pp : chain) postProcessor(pp, build, own).ifPresent(runs::add);
            if (!runs.isEmpty()) chains.add(runs);
        }
        diagnostics.addAll(own);
        if (own.hasErrors()) return Optional.empty();
        return Optional.of(new BuildJob(
                build.name(),
                build.sourceType(),
                build.sourceName(),
                builder.get(),
                RunTimeConfig.withCoreKeys(build.sourceConfig().values(), build.sourceName(), build.sourceType()),
                provisioners,
                cleanup,
                chains));
    }

    private Optional<ProvisionerRun> provisioner(
            PlannedProvisioner planned, PlannedBuild build, Diagnostics diagnostics) {
        Optional<ProvisionerFactory> factory = catalog.provisioner(planned.type());
        if (factory.isEmpty()) {
            diagnostics.add(RuntimePlanDiagnostics.PROVISIONER_NOT_AVAILABLE.error(
                    "kiln cannot run the " + planned.type() + " provisioner yet; validate and inspect check it.",
                    planned.config().definitionRange()));
            return Optional.empty();
        }
        RunTimeConfig config = new RunTimeConfig(planned.config(), build.sourceName(), build.sourceType());
        ProvisionerRun.Source source = new ProvisionerSource(config, factory.get());
        return Optional.of(new ProvisionerRun(
                planned.type(),
                planned.name() == null ? "" : planned.name(),
                source,
                orZero(planned.pauseBefore()),
                planned.maxRetries(),
                orZero(planned.timeout()),
                planned.continueOnError()));
    }

    private Optional<PostProcessorRun> postProcessor(
            PlannedPostProcessor planned, PlannedBuild build, Diagnostics diagnostics) {
        Optional<PostProcessorFactory> factory = catalog.postProcessor(planned.type());
        if (factory.isEmpty()) {
            diagnostics.add(RuntimePlanDiagnostics.POST_PROCESSOR_NOT_AVAILABLE.error(
                    "kiln cannot run the " + planned.type() + " post-processor yet; validate and inspect check it.",
                    planned.config().definitionRange()));
            return Optional.empty();
        }
        RunTimeConfig config = new RunTimeConfig(planned.config(), build.sourceName(), build.sourceType());
        PostProcessorRun.Source source = new PostProcessorSource(config, factory.get());
        return Optional.of(new PostProcessorRun(
                planned.type(), planned.name() == null ? "" : planned.name(), source, planned.keepInputArtifact()));
    }

    private static Duration orZero(Duration d) {
        return d == null ? Duration.ZERO : d;
    }
}
