package dev.kiln.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kiln cleanup}: deletes the cloud resources a killed or failed amazon-ebs build left behind. */
@Command(
        name = "cleanup",
        description = "Deletes what an interrupted or killed build left in the cloud, from its run journal"
                + " (.kiln/runs) and by its kiln:run-id tag.")
public final class CleanupCommand implements Callable<Integer> {

    @Option(
            names = {"-stale", "--stale"},
            description = "Cleans up every run in .kiln/runs whose process is gone and left resources.")
    boolean stale;

    @Option(
            names = {"-force", "--force"},
            description = "Deletes without asking.")
    boolean force;

    @Option(
            names = {"-region", "--region"},
            paramLabel = "REGION",
            description =
                    "Also looks for tagged resources in this region (repeatable); needed when the journal is gone.")
    List<String> regions = new ArrayList<>();

    @Option(
            names = {"-endpoint", "--endpoint"},
            paramLabel = "URL",
            description = "The EC2 endpoint; default: the journal's, else AWS_ENDPOINT_URL_EC2 and the SDK's chain.")
    String endpoint;

    @Parameters(paramLabel = "RUN-ID", arity = "0..1", description = "The run id a build printed (kiln run id: ...).")
    String runId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return CleanupRun.run(
                this, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
