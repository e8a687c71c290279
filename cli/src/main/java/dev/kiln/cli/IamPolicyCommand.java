package dev.kiln.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiln iam-policy TEMPLATE}: the least-privilege IAM policy of the template's amazon-ebs builds. */
@Command(
        name = "iam-policy",
        description = "Prints the IAM policy (JSON) the template's amazon-ebs builds need, given their options.")
public final class IamPolicyCommand implements Callable<Integer> {

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
            description = "Only the builds matching these comma-separated globs.")
    List<String> only = new ArrayList<>();

    @Option(
            names = {"-except", "--except"},
            paramLabel = "GLOBS",
            description = "Not the builds matching these comma-separated globs.")
    List<String> except = new ArrayList<>();

    @Mixin
    ParamOptions renderOptions = new ParamOptions();

    @Parameters(paramLabel = "TEMPLATE", description = "A template file or directory.")
    String template;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return IamPolicyRun.run(
                this, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
