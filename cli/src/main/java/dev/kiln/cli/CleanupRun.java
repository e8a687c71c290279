package dev.kiln.cli;

import dev.kiln.runtime.builder.amazon.RunCleanup;
import dev.kiln.runtime.builder.amazon.RunJournal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code kiln cleanup} does: finds what the chosen runs left (journal, then tag), lists it,
 * asks unless {@code -force}, deletes it. Exit 0 when nothing is left, 1 otherwise.
 */
final class CleanupRun {

    private CleanupRun() {}

    private record Run(String runId, Optional<RunJournal> journal) {}

    static int run(CleanupCommand options, PrintWriter out, PrintWriter err) {
        Path directory = RunJournal.directory(Path.of("").toAbsolutePath());
        List<Run> runs = new ArrayList<>();
        try {
            if (options.runId != null) {
                runs.add(new Run(options.runId, RunJournal.find(directory, options.runId)));
            } else if (options.stale) {
                for (RunJournal j : RunJournal.all(directory)) {
                    boolean left = j.resources().stream().anyMatch(RunJournal.Resource::left);
                    if (!j.writerAlive() && (left || !j.finished()))
                        runs.add(new Run(j.header().runId(), Optional.of(j)));
                }
            } else {
                err.println("kiln cleanup: give a RUN-ID (printed by kiln build as \"kiln run id: ...\") or -stale");
                return ExitCode.ERROR;
            }
        } catch (IOException e) {
            err.println("Error reading the run journals in " + directory + ": " + e.getMessage());
            return ExitCode.ERROR;
        }
        if (runs.isEmpty()) {
            out.println("No stale runs in " + directory + ".");
            return ExitCode.OK;
        }
        boolean failed = false;
        for (Run run : runs) failed |= !clean(run, options, out, err);
        return failed ? ExitCode.ERROR : ExitCode.OK;
    }

    private static boolean clean(Run run, CleanupCommand options, PrintWriter out, PrintWriter err) {
        if (run.journal().isEmpty() && options.regions.isEmpty()) {
            out.println("No journal for run " + run.runId() + " here; looking for its tag in the default region"
                    + " (add -region for others).");
        }
        try (RunCleanup cleanup = RunCleanup.of(run.runId(), run.journal(), Optional.ofNullable(options.endpoint))) {
            List<RunCleanup.Target> targets;
            try {
                targets = cleanup.find(new LinkedHashSet<>(options.regions));
            } catch (RuntimeException e) {
                err.println("Error looking for the resources of run " + run.runId() + ": "
                        + dev.kiln.runtime.secrets.Causes.describe(e));
                return false;
            }
            if (targets.isEmpty()) {
                out.println("Nothing left by run " + run.runId() + ".");
                return true;
            }
            out.println("Run " + run.runId()
                    + run.journal().map(j -> " (" + j.header().build() + ")").orElse("") + " left " + targets.size()
                    + " resource(s):");
            for (RunCleanup.Target t : targets) {
                out.println("  " + t.kind().label() + " " + t.id() + " in " + t.region()
                        + (t.fromJournal() ? "" : " (found by tag)"));
            }
            out.flush();
            if (!options.force && !confirmed(out)) {
                out.println("Nothing deleted.");
                return false;
            }
            List<String> errors = cleanup.delete(targets, line -> {
                out.println(line);
                out.flush();
            });
            errors.forEach(err::println);
            if (errors.isEmpty()) out.println("Deleted everything run " + run.runId() + " left.");
            return errors.isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("Interrupted; run kiln cleanup " + run.runId() + " again.");
            return false;
        }
    }

    private static boolean confirmed(PrintWriter out) {
        out.print("Delete them? Only 'yes' will be accepted: ");
        out.flush();
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line != null && line.trim().toLowerCase(Locale.ROOT).equals("yes");
        } catch (IOException e) {
            return false;
        }
    }
}
