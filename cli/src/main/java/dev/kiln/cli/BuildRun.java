package dev.kiln.cli;

import dev.kiln.cli.build.Console;
import dev.kiln.cli.build.LiveTerminal;
import dev.kiln.cli.build.RunSummary;
import dev.kiln.cli.build.RunUis;
import dev.kiln.cli.build.SecretMask;
import dev.kiln.cli.build.SignalTrap;
import dev.kiln.runtime.engine.BuildEngine;
import dev.kiln.runtime.engine.BuildOutcome;
import dev.kiln.runtime.engine.EngineOptions;
import dev.kiln.runtime.engine.OnError;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/** What {@code kiln build} does: plan, print the colour legend, run the engine under a signal trap, summarise. */
final class BuildRun {

    private BuildRun() {}

    static int run(
            BuildCommand options, PlanSource planSource, PrintWriter out, PrintWriter err, boolean machineReadable) {
        Optional<OnError> onError = OnError.parse(options.onError);
        if (onError.isEmpty()) {
            err.println("kiln build: invalid value \"" + options.onError + "\" for flag -on-error: expected one of ["
                    + Arrays.stream(OnError.values()).map(OnError::flag).collect(Collectors.joining(" ")) + "]");
            return ExitCode.ERROR;
        }
        boolean colored = ColorChoice.enabled(options.color, System.getenv(), ColorChoice.onTerminal());
        PlannedRun plan = planSource.plan(new BuildRequest(
                Path.of(options.template),
                options.vars,
                options.varFiles,
                options.only,
                options.except,
                options.warnOnUndeclaredVar));
        // Diagnostics may quote a sensitive default from the source: masked like everything else.
        SecretMask mask = new SecretMask(plan.sensitiveValues());
        StringWriter diagnostics = new StringWriter();
        new DiagnosticPrinter(new PrintWriter(diagnostics, true), colored).print(plan.diagnostics(), plan.sources());
        err.print(mask.apply(diagnostics.toString()));
        err.flush();
        // As validate: a template with any error builds nothing.
        if (plan.hasErrors()) return ExitCode.ERROR;
        if (plan.jobs().isEmpty()) {
            err.println("Error: No builds to run");
            err.flush();
            return ExitCode.ERROR;
        }
        Console console =
                new Console(out, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), mask);
        // Live bars and elapsed times only on a real terminal: pipes and CI logs get plain lines.
        boolean terminal = ColorChoice.onTerminal() && !"dumb".equals(System.getenv("TERM"));
        LiveTerminal live = terminal ? LiveTerminal.system(System.getenv("COLUMNS")) : null;
        RunUis uis =
                new RunUis(console, machineReadable, colored, options.timestampUi, Clock.systemDefaultZone(), live);
        return execute(plan, options, onError.get(), uis);
    }

    /** Runs the planned builds; public to the package for tests that drive it without a template. */
    static int execute(PlannedRun plan, BuildCommand options, OnError onError, RunUis uis) {
        if (options.color && !uis.machineReadable()) {
            for (int i = 0; i < plan.jobs().size(); i++) {
                uis.untargeted(i).say(plan.jobs().get(i).name() + ": output will be in this color.");
            }
            uis.global().say("");
        }
        String runUuid = Optional.ofNullable(System.getenv("PACKER_RUN_UUID"))
                .orElse(UUID.randomUUID().toString());
        EngineOptions engineOptions = new EngineOptions(
                options.parallelBuilds,
                onError,
                options.debug,
                options.force,
                runUuid,
                Path.of("").toAbsolutePath());
        RunSummary summary = new RunSummary(uis);
        BuildEngine engine = new BuildEngine(engineOptions, uis, summary::buildFinished);
        AtomicBoolean interrupted = new AtomicBoolean();
        long start = System.nanoTime();
        List<BuildOutcome> outcomes;
        try (SignalTrap trap = new SignalTrap(signal -> {
            if (interrupted.compareAndSet(false, true)) {
                uis.global().error("Cancelling build after receiving " + signal);
                engine.cancel();
            }
        })) {
            outcomes = engine.run(plan.jobs());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.ERROR;
        }
        return summary.finish(
                outcomes, Duration.ofNanos(System.nanoTime() - start), interrupted.get() || engine.cancelled());
    }
}
