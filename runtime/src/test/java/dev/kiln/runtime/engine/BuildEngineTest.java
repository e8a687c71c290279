package dev.kiln.runtime.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.PostProcessException;
import dev.kiln.runtime.spi.PostProcessResult;
import dev.kiln.runtime.spi.ProvisionException;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BuildEngineTest {

    private final FakeBuilds fake = new FakeBuilds();
    private final RecordingUi ui = new RecordingUi();
    private final List<BuildOutcome> finished = new ArrayList<>();

    private BuildEngine engine(OnError onError, int parallel, boolean debug) {
        return new BuildEngine(new EngineOptions(parallel, onError, debug, false, "run-1", Path.of(".")), ui, o -> {
            synchronized (finished) {
                finished.add(o);
            }
        });
    }

    private BuildJob job(String name, List<Step> steps) {
        return fake.job(name, fake.builder(c -> steps), List.of(), Optional.empty(), List.of());
    }

    private BuildOutcome runOne(OnError onError, BuildJob job) throws InterruptedException {
        return engine(onError, 0, false).run(List.of(job)).get(0);
    }

    @Test
    void runsStepsInOrderAndCleansUpInReverseOnSuccess() throws Exception {
        BuildOutcome outcome =
                runOne(OnError.CLEANUP, job("b", List.of(fake.ok("A"), fake.ok("B"), fake.artifact("C", "x"))));
        assertTrue(outcome.succeeded());
        assertEquals(List.of("x"), outcome.artifacts().stream().map(a -> a.id()).toList());
        // The engine inserts the provisioning step before the last step when the builder leaves it out.
        assertEquals(List.of("run A", "run B", "run C", "cleanup C", "cleanup B", "cleanup A"), fake.events());
    }

    @Test
    void aFailedStepStopsTheBuildAndEveryStepThatRanIsCleanedUp() throws Exception {
        BuildOutcome outcome =
                runOne(OnError.CLEANUP, job("b", List.of(fake.ok("A"), fake.fail("B", "boom"), fake.ok("C"))));
        assertEquals(Optional.of("boom"), outcome.error());
        assertEquals(List.of("run A", "run B", "cleanup B", "cleanup A"), fake.events());
    }

    @Test
    void cleanupErrorsAreReportedWithoutHidingTheOriginalError() throws Exception {
        Step throwing = new Step() {
            @Override
            public String name() {
                return "StepBroken";
            }

            @Override
            public StepResult run(BuildState state) {
                return StepResult.proceed();
            }

            @Override
            public void cleanup(BuildState state) {
                throw new IllegalStateException("cannot delete");
            }
        };
        BuildOutcome outcome =
                runOne(OnError.CLEANUP, job("b", List.of(fake.ok("A"), throwing, fake.fail("C", "boom"))));
        assertEquals(Optional.of("boom"), outcome.error());
        assertTrue(fake.events().contains("cleanup A"), "later cleanups still run");
        assertTrue(ui.lines()
                .contains("err b: Error cleaning up step StepBroken: java.lang.IllegalStateException: cannot delete"));
    }

    @Test
    void onErrorAbortSkipsEveryCleanup() throws Exception {
        runOne(OnError.ABORT, job("b", List.of(fake.ok("A"), fake.fail("B", "boom"))));
        assertEquals(List.of("run A", "run B"), fake.events());
        assertEquals(
                List.of(
                        "err b: boom",
                        "err b: Step \"B\" failed, aborting...",
                        "err b: aborted: skipping cleanup of step \"StepProvision\"",
                        "err b: aborted: skipping cleanup of step \"A\""),
                ui.lines());
    }

    @Test
    void onErrorAbortStillCleansUpASuccessfulBuild() throws Exception {
        runOne(OnError.ABORT, job("b", List.of(fake.ok("A"), fake.artifact("B", "x"))));
        assertEquals(List.of("run A", "run B", "cleanup B", "cleanup A"), fake.events());
    }

    @Test
    void onErrorRunCleanupProvisionerSkipsCleanupsButRunsTheErrorCleanupProvisioner() throws Exception {
        BuildJob job = fake.job(
                "b",
                fake.builder(c -> List.of(fake.ok("A"), c.provisioning(), fake.artifact("C", "x"))),
                List.of(fake.provisioner("p1", ctx -> {
                    throw new ProvisionException("script failed");
                })),
                Optional.of(fake.provisioner("cleanup-prov", ctx -> {})),
                List.of());
        BuildOutcome outcome = runOne(OnError.RUN_CLEANUP_PROVISIONER, job);
        assertEquals(Optional.of("script failed"), outcome.error());
        assertEquals(List.of("run A", "provision p1", "provision cleanup-prov"), fake.events());
        assertTrue(ui.lines()
                .contains("say b: Provisioning step had errors: Running the cleanup provisioner, if present..."));
        // As Packer, the first skipped step is named in the "failed" line.
        assertTrue(ui.lines().contains("err b: Step \"A\" failed, aborting..."));
    }

    @Test
    void onErrorAskRetriesThenCleansUpOrAborts() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        Step flaky = fake.step(
                "Flaky", s -> attempts.incrementAndGet() == 1 ? StepResult.halt("first") : StepResult.proceed());
        ui.answers.add("r");
        BuildOutcome retried = runOne(OnError.ASK, job("b", List.of(flaky, fake.artifact("Z", "x"))));
        assertTrue(retried.succeeded());
        assertTrue(ui.lines().contains("say b: Step \"Flaky\" failed"));
        assertTrue(
                ui.lines()
                        .contains(
                                "ask b: [c] Clean up and exit, [a] abort without cleanup, or [r] retry step (build may fail even if retry succeeds)?"));

        fake.events.clear();
        ui.answers.add("a");
        BuildOutcome aborted = runOne(OnError.ASK, job("b", List.of(fake.ok("A"), fake.fail("B", "boom"))));
        assertEquals(Optional.of("boom"), aborted.error());
        assertEquals(List.of("run A", "run B"), fake.events());

        fake.events.clear();
        ui.answers.add("c");
        runOne(OnError.ASK, job("b", List.of(fake.ok("A"), fake.fail("B", "boom"))));
        assertEquals(List.of("run A", "run B", "cleanup B", "cleanup A"), fake.events());
    }

    @Test
    void cancellingStopsTheRunningStepAndCleansUpEverything() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        BuildEngine engine = engine(OnError.CLEANUP, 0, false);
        Thread canceller = new Thread(() -> {
            try {
                started.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                return;
            }
            engine.cancel();
        });
        canceller.start();
        BuildOutcome outcome = engine.run(
                        List.of(job("b", List.of(fake.ok("A"), fake.blocking("Long", started), fake.ok("C")))))
                .get(0);
        assertTrue(outcome.cancelled());
        assertEquals(Optional.of("Build was cancelled."), outcome.error());
        assertEquals(List.of("run A", "run Long", "cleanup Long (cancelled)", "cleanup A (cancelled)"), fake.events());
    }

    @Test
    void parallelBuildsAreLimited() throws Exception {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        List<BuildJob> jobs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            jobs.add(job("b" + i, List.of(fake.step("S", s -> {
                max.accumulateAndGet(now.incrementAndGet(), Math::max);
                Thread.sleep(50);
                now.decrementAndGet();
                return StepResult.proceed();
            }))));
        }
        List<BuildOutcome> outcomes = engine(OnError.CLEANUP, 2, false).run(jobs);
        assertEquals(6, outcomes.size());
        assertEquals(2, max.get());
        assertEquals(
                List.of("b0", "b1", "b2", "b3", "b4", "b5"),
                outcomes.stream().map(BuildOutcome::name).toList());
    }

    @Test
    void sequentialBuildsRunInOrder() throws Exception {
        List<BuildJob> jobs = List.of(
                job("one", List.of(fake.ok("1"))),
                job("two", List.of(fake.ok("2"))),
                job("three", List.of(fake.ok("3"))));
        engine(OnError.CLEANUP, 1, false).run(jobs);
        assertEquals(List.of("run 1", "cleanup 1", "run 2", "cleanup 2", "run 3", "cleanup 3"), fake.events());
        assertEquals(
                List.of("one", "two", "three"),
                finished.stream().map(BuildOutcome::name).toList());
    }

    @Test
    void theErrorCleanupProvisionerRunsWhenALaterStepFailsAndItsFailureIsReported() throws Exception {
        BuildJob job = fake.job(
                "b",
                fake.builder(c -> List.of(c.provisioning(), fake.fail("Image", "image failed"))),
                List.of(fake.provisioner("p1", ctx -> {})),
                Optional.of(fake.provisioner("cleanup-prov", ctx -> {
                    throw new ProvisionException("cleanup broke");
                })),
                List.of());
        BuildOutcome outcome = runOne(OnError.CLEANUP, job);
        assertEquals(List.of("provision p1", "run Image", "cleanup Image", "provision cleanup-prov"), fake.events());
        assertEquals(
                Optional.of("Cleanup failed: cleanup broke. Original Provisioning error: image failed"),
                outcome.error());
    }

    @Test
    void noErrorMeansNoCleanupProvisioner() throws Exception {
        BuildJob job = fake.job(
                "b",
                fake.builder(c -> List.of(c.provisioning(), fake.artifact("A", "x"))),
                List.of(),
                Optional.of(fake.provisioner("cleanup-prov", ctx -> {})),
                List.of());
        assertTrue(runOne(OnError.CLEANUP, job).succeeded());
        assertFalse(fake.events().contains("provision cleanup-prov"));
    }

    @Test
    void provisionerRetriesPauseAndContinueOnError() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ProvisionerRun flaky = new ProvisionerRun(
                "shell",
                "",
                vars -> ctx -> {
                    if (calls.incrementAndGet() < 3) throw new ProvisionException("exit 1");
                },
                Duration.ofMillis(1),
                2,
                Duration.ZERO,
                false);
        ProvisionerRun broken = new ProvisionerRun(
                "shell",
                "",
                vars -> ctx -> {
                    throw new ProvisionException("always");
                },
                Duration.ZERO,
                0,
                Duration.ZERO,
                true);
        BuildJob job = fake.job(
                "b",
                fake.builder(c -> List.of(c.provisioning(), fake.artifact("A", "x"))),
                List.of(flaky, broken),
                Optional.empty(),
                List.of());
        assertTrue(runOne(OnError.CLEANUP, job).succeeded());
        assertEquals(3, calls.get());
        assertEquals(
                List.of(
                        "say b: Pausing 1ms before the next provisioner...",
                        "say b: Provisioner failed with \"exit 1\", retrying with 2 trie(s) left",
                        "say b: Pausing 1ms before the next provisioner...",
                        "say b: Provisioner failed with \"exit 1\", retrying with 1 trie(s) left",
                        "say b: Pausing 1ms before the next provisioner...",
                        "err b: Warning: Provisioner failed with \"always\", but continue_on_error is set; continuing the build."),
                ui.lines());
    }

    @Test
    void aProvisionerTimeoutFailsTheBuild() throws Exception {
        ProvisionerRun slow = new ProvisionerRun(
                "shell", "", vars -> ctx -> Thread.sleep(10_000), Duration.ZERO, 0, Duration.ofMillis(50), false);
        BuildJob job = fake.job(
                "b",
                fake.builder(c -> List.of(c.provisioning(), fake.artifact("A", "x"))),
                List.of(slow),
                Optional.empty(),
                List.of());
        BuildOutcome outcome = runOne(OnError.CLEANUP, job);
        assertEquals(Optional.of("provisioner timed out after 50ms"), outcome.error());
        assertFalse(outcome.cancelled());
        assertTrue(ui.lines().contains("err b: Cancelling provisioner after a timeout..."));
    }

    @Test
    void postProcessorChainsKeepOrDestroyArtifactsAsPackerDoes() throws Exception {
        PostProcessorRun wrap = new PostProcessorRun(
                "compress",
                "compress",
                vars -> (ctx, in) -> new PostProcessResult(fake.artifact(in.id() + "+c"), false, false),
                null);
        PostProcessorRun keepAll =
                new PostProcessorRun("manifest", "", vars -> (ctx, in) -> new PostProcessResult(in, true, true), false);
        PostProcessorRun failing = new PostProcessorRun(
                "checksum",
                "checksum",
                vars -> (ctx, in) -> {
                    throw new PostProcessException("no files");
                },
                null);
        BuildJob job = fake.job(
                "b",
                fake.builder(c -> List.of(fake.artifact("A", "x"))),
                List.of(),
                Optional.empty(),
                List.of(List.of(wrap, wrap), List.of(keepAll)));
        BuildOutcome outcome = runOne(OnError.CLEANUP, job);
        assertTrue(outcome.succeeded());
        // Chain 1: x -> x+c (destroyed: compress does not keep its input) -> x+c+c; chain 2 forces keeping x.
        assertEquals(
                List.of("x", "x+c+c", "x"),
                outcome.artifacts().stream().map(a -> a.id()).toList());
        assertTrue(fake.events().contains("destroy x+c"));
        assertTrue(ui.lines().contains("say b: Running post-processor: compress"));
        assertTrue(ui.lines().contains("say b: Running post-processor:  (type manifest)"));

        BuildJob failingJob = fake.job(
                "b",
                fake.builder(c -> List.of(fake.artifact("A", "y"))),
                List.of(),
                Optional.empty(),
                List.of(List.of(failing, wrap)));
        BuildOutcome failed = runOne(OnError.CLEANUP, failingJob);
        assertEquals(Optional.of("1 error(s) occurred:\n\n* Post-processor failed: no files"), failed.error());
    }

    @Test
    void debugPausesAfterEachStepAndBeforeEachCleanup() throws Exception {
        engine(OnError.CLEANUP, 0, true).run(List.of(job("b", List.of(fake.ok("A"), fake.artifact("B", "x")))));
        assertEquals(
                List.of(
                        "ask b: Pausing after run of step 'A'. Press enter to continue.",
                        "ask b: Pausing after run of step 'StepProvision'. Press enter to continue.",
                        "ask b: Pausing after run of step 'B'. Press enter to continue.",
                        "ask b: Pausing before cleanup of step 'B'. Press enter to continue.",
                        "ask b: Pausing before cleanup of step 'StepProvision'. Press enter to continue.",
                        "ask b: Pausing before cleanup of step 'A'. Press enter to continue."),
                ui.lines());
    }
}
