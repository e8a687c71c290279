package dev.kiln.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kiln version}: Packer has {@code packer version} besides {@code --version}. */
@Command(name = "version", description = "Prints the kiln version.")
public final class VersionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(KilnVersion.LINE);
        return ExitCode.OK;
    }
}
