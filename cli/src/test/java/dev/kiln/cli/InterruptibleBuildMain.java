package dev.kiln.cli;

import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.runtime.engine.BuildJob;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Builder;
import dev.kiln.runtime.spi.BuilderConfig;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/** A {@code kiln build} whose one build waits in a long step; {@link BuildInterruptTest} interrupts it. */
public final class InterruptibleBuildMain {

    private InterruptibleBuildMain() {}

    public static void main(String[] args) {
        Builder builder = new Builder() {
            @Override
            public String type() {
                return "slow";
            }

            @Override
            public List<Step> steps(BuilderConfig config) {
                return List.of(new Step() {
                    @Override
                    public String name() {
                        return "StepWait";
                    }

                    @Override
                    public StepResult run(BuildState state) throws InterruptedException {
                        state.ui().say("Waiting for a long time...");
                        Thread.sleep(120_000);
                        return StepResult.proceed();
                    }

                    @Override
                    public void cleanup(BuildState state) {
                        state.ui().say("Cleaning up StepWait" + (state.cancelled() ? " after cancellation" : ""));
                    }
                });
            }
        };
        BuildJob job = new BuildJob("slow.one", "slow", "one", builder, null, List.of(), Optional.empty(), List.of());
        PlanSource planned = request -> new PlannedRun(List.of(job), List.<Diagnostic>of(), null, Set.of());
        KilnCommand root = new KilnCommand();
        CommandLine commandLine = new CommandLine(root).addSubcommand("build", new BuildCommand(command -> planned));
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status = Main.configure(commandLine, out, err, false).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
