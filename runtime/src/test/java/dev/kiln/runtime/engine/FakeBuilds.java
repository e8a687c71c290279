package dev.kiln.runtime.engine;

import dev.kiln.runtime.spi.Artifact;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Builder;
import dev.kiln.runtime.spi.BuilderConfig;
import dev.kiln.runtime.spi.ProvisionException;
import dev.kiln.runtime.spi.StandardKeys;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/** Fake steps, builders and artifacts that log what happens to a shared event list. */
final class FakeBuilds {

    final List<String> events = Collections.synchronizedList(new ArrayList<>());

    List<String> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** A step that records run/cleanup and returns {@code result} (or runs {@code body}). */
    Step step(String name, StepBody body) {
        return new Step() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public StepResult run(BuildState state) throws InterruptedException {
                events.add("run " + name);
                return body.run(state);
            }

            @Override
            public void cleanup(BuildState state) {
                events.add("cleanup " + name + (state.cancelled() ? " (cancelled)" : ""));
            }
        };
    }

    Step ok(String name) {
        return step(name, s -> StepResult.proceed());
    }

    Step fail(String name, String error) {
        return step(name, s -> StepResult.halt(error));
    }

    Step artifact(String name, String id) {
        return step(name, s -> {
            s.put(StandardKeys.ARTIFACT, artifact(id));
            return StepResult.proceed();
        });
    }

    /** Blocks until cancelled; counts {@code started} down when it starts. */
    Step blocking(String name, CountDownLatch started) {
        return step(name, s -> {
            started.countDown();
            Thread.sleep(60_000);
            return StepResult.proceed();
        });
    }

    Artifact artifact(String id) {
        return new Artifact() {
            @Override
            public String builderId() {
                return "test.fake";
            }

            @Override
            public List<Path> files() {
                return List.of();
            }

            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "artifact " + id;
            }

            @Override
            public Map<String, String> state() {
                return Map.of();
            }

            @Override
            public void destroy() {
                events.add("destroy " + id);
            }
        };
    }

    /** A builder of the given steps, inserting the provisioning step where {@code provisionAt} says (-1: let the engine). */
    Builder builder(Function<BuilderConfig, List<Step>> steps) {
        return new Builder() {
            @Override
            public String type() {
                return "fake";
            }

            @Override
            public List<Step> steps(BuilderConfig config) {
                return steps.apply(config);
            }
        };
    }

    BuildJob job(
            String name,
            Builder builder,
            List<ProvisionerRun> provisioners,
            Optional<ProvisionerRun> cleanup,
            List<List<PostProcessorRun>> chains) {
        return new BuildJob(name, "fake", name, builder, null, provisioners, cleanup, chains);
    }

    ProvisionerRun provisioner(String name, ProvisionBody body) {
        return new ProvisionerRun(
                "fake",
                name,
                vars -> ctx -> {
                    events.add("provision " + name);
                    body.run(ctx);
                },
                java.time.Duration.ZERO,
                0,
                java.time.Duration.ZERO,
                false);
    }

    /** A step's behaviour. */
    interface StepBody {
        StepResult run(BuildState state) throws InterruptedException;
    }

    /** A provisioner's behaviour. */
    interface ProvisionBody {
        void run(dev.kiln.runtime.spi.ProvisionContext ctx) throws ProvisionException, InterruptedException;
    }
}
