package dev.kiln.cli.build;

/**
 * Where {@code kiln build} gets its builds: the seam between the command and the compiler's Plan.
 * {@link TemplatePlanSource} is the interim adapter until {@code compiler.plan} is merged.
 */
@FunctionalInterface
public interface PlanSource {

    /** The builds of {@code request}'s template, selected by -only/-except. */
    PlannedRun plan(BuildRequest request);
}
