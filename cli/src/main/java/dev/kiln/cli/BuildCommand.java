package dev.kiln.cli;

import dev.kiln.runtime.PluginCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code kiln build}: runs the builds of a template, as {@code packer build}. */
@Command(
        name = "build",
        description = {
            "Builds the machine images a template describes: every build in parallel, then its"
                    + " provisioners and post-processors.",
            "Exit status: 0 when every build succeeded, 1 otherwise (also when interrupted)."
        })
public final class BuildCommand implements Callable<Integer> {

    /** Where this command's builds come from: the template's Plan, or ready-made jobs in tests. */
    private final Function<BuildCommand, PlanSource> planSources;

    /** The command as kiln runs it: builds planned from the template. */
    public BuildCommand() {
        this(command -> new TemplatePlanning(command.renderOptions, PluginCatalog.BUILT_IN, System.getenv()));
    }

    /** The command with its builds from {@code planSources}. */
    BuildCommand(Function<BuildCommand, PlanSource> planSources) {
        this.planSources = planSources;
    }

    @Option(
            names = {"-color", "--color"},
            arity = "0..1",
            defaultValue = "true",
            fallbackValue = "true",
            description = "Colour the output on a terminal (default true).")
    boolean color;

    @Option(
            names = {"-debug", "--debug"},
            description = "Pause after each step and before each cleanup; builds run one at a time.")
    boolean debug;

    @Option(
            names = {"-force", "--force"},
            description = "Replace existing artifacts (builders and post-processors).")
    boolean force;

    @Option(
            names = {"-timestamp-ui", "--timestamp-ui"},
            description = "Prefix every line with an RFC 3339 timestamp.")
    boolean timestampUi;

    @Option(
            names = {"-parallel-builds", "--parallel-builds"},
            defaultValue = "0",
            paramLabel = "N",
            description = "Run at most N builds at once (0: no limit, 1: one after the other).")
    int parallelBuilds;

    @Option(
            names = {"-on-error", "--on-error"},
            defaultValue = "cleanup",
            paramLabel = "MODE",
            description = "When a build fails: cleanup (default), abort, ask or run-cleanup-provisioner.")
    String onError;

    @Option(
            names = {"-var", "--var"},
            paramLabel = "KEY=VALUE",
            description = "A variable value (repeatable).")
    List<String> vars = new ArrayList<>();

    @Option(
            names = {"-var-file", "--var-file"},
            paramLabel = "FILE",
            description = "A file of variable values (repeatable, in order).")
    List<String> varFiles = new ArrayList<>();

    @Option(
            names = {"-only", "--only"},
            paramLabel = "GLOBS",
            description = "Run only the builds matching these comma-separated globs.")
    List<String> only = new ArrayList<>();

    @Option(
            names = {"-except", "--except"},
            paramLabel = "GLOBS",
            description = "Skip the builds matching these comma-separated globs.")
    List<String> except = new ArrayList<>();

    @Option(
            names = {"-warn-on-undeclared-var", "--warn-on-undeclared-var"},
            description = "Warn about values in var files for variables the template does not declare.")
    boolean warnOnUndeclaredVar;

    @Mixin
    ParamOptions renderOptions = new ParamOptions();

    // Accepted for Packer command lines; kiln has no plugins to install or HCP to enforce.
    @Option(
            names = {"-use-sequential-evaluation", "-ignore-prerelease-plugins", "-skip-enforcement"},
            hidden = true)
    boolean ignored;

    @Parameters(paramLabel = "TEMPLATE", arity = "1", description = "A template file or directory.")
    String template;

    @ParentCommand
    KilnCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (PlanSource planSource = planSources.apply(this)) {
            return BuildRun.run(
                    this,
                    planSource,
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr(),
                    root != null && root.machineReadable());
        }
    }
}
