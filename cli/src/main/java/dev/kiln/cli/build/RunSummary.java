package dev.kiln.cli.build;

import dev.kiln.runtime.engine.BuildOutcome;
import dev.kiln.runtime.spi.Artifact;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Prints what Packer's {@code build} command prints as builds end and once all have ended. */
public final class RunSummary {

    private final RunUis uis;

    /** A summary printed through {@code uis}. */
    public RunSummary(RunUis uis) {
        this.uis = uis;
    }

    /** "Build 'x' finished after ..." or "Build 'x' errored after ...: error", in the build's colour. */
    public void buildFinished(BuildOutcome outcome) {
        String duration = Durafmt.format(outcome.duration());
        if (outcome.succeeded()) {
            uis.untargeted(outcome.index()).say("Build '" + outcome.name() + "' finished after " + duration + ".");
        } else {
            uis.untargeted(outcome.index())
                    .error("Build '" + outcome.name() + "' errored after " + duration + ": "
                            + outcome.error().orElseThrow());
        }
    }

    /** The end of the run; returns the exit code (0 when every build succeeded). */
    public int finish(List<BuildOutcome> outcomes, Duration total, boolean interrupted) {
        uis.global().say("\n==> Wait completed after " + Durafmt.format(total));
        if (interrupted) {
            uis.global().say("Cleanly cancelled builds after being interrupted.");
            return 1;
        }
        List<BuildOutcome> failed =
                outcomes.stream().filter(o -> !o.succeeded()).toList();
        if (!failed.isEmpty()) {
            uis.machine("", "error-count", Integer.toString(failed.size()));
            uis.global().error("\n==> Some builds didn't complete successfully and had errors:");
            for (BuildOutcome o : failed) {
                uis.machine(o.name(), "error", o.error().orElseThrow());
                uis.global().error("--> " + o.name() + ": " + o.error().orElseThrow());
            }
        }
        List<BuildOutcome> succeeded = outcomes.stream()
                .filter(o -> o.succeeded() && !o.artifacts().isEmpty())
                .toList();
        if (succeeded.isEmpty()) {
            uis.global().say("\n==> Builds finished but no artifacts were created.");
        } else {
            uis.global().say("\n==> Builds finished. The artifacts of successful builds are:");
            for (BuildOutcome o : succeeded) artifacts(o);
        }
        return failed.isEmpty() ? 0 : 1;
    }

    private void artifacts(BuildOutcome o) {
        uis.machine(o.name(), "artifact-count", Integer.toString(o.artifacts().size()));
        for (int i = 0; i < o.artifacts().size(); i++) {
            Artifact a = o.artifacts().get(i);
            String n = Integer.toString(i);
            uis.machine(o.name(), "artifact", n, "builder-id", a.builderId());
            uis.machine(o.name(), "artifact", n, "id", a.id());
            uis.machine(o.name(), "artifact", n, "string", a.description());
            List<Path> files = a.files();
            uis.machine(o.name(), "artifact", n, "files-count", Integer.toString(files.size()));
            for (int f = 0; f < files.size(); f++) {
                uis.machine(
                        o.name(),
                        "artifact",
                        n,
                        "file",
                        Integer.toString(f),
                        files.get(f).toString());
            }
            uis.machine(o.name(), "artifact", n, "end");
            uis.global().say("--> " + o.name() + ": " + a.description());
        }
    }
}
