package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.aws.AwsAccess;
import dev.kiln.runtime.aws.Ec2Clients;
import dev.kiln.runtime.secrets.Causes;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.StandardKeys;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Opens the build's AWS session, as Packer does before its first step: the build region, the EC2
 * client (one per region, built once), the credentials checked unless
 * {@code skip_credential_validation}, a fresh run id and its journal. Its cleanup runs last: after
 * a failed or interrupted build it deletes whatever is still tagged with the run id, then closes
 * the clients and marks the journal finished.
 */
final class StepOpenSession implements Step {

    private final ConfigView config;
    private final Path journalDirectory;
    private final Map<String, String> environment;

    StepOpenSession(ConfigView config, Path journalDirectory, Map<String, String> environment) {
        this.config = config;
        this.journalDirectory = journalDirectory;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "StepOpenSession";
    }

    @Override
    public StepResult run(BuildState state) {
        AwsAccess access = AwsAccess.of(config);
        String region;
        try {
            region = access.regionName()
                    .orElseGet(() ->
                            new DefaultAwsRegionProviderChain().getRegion().id());
        } catch (RuntimeException e) {
            return StepResult.halt("No region for the amazon-ebs builder: set region in the source block, AWS_REGION or"
                    + " a profile's region (" + Causes.describe(e) + ")");
        }
        Ec2Clients clients = new Ec2Clients();
        Ec2Client ec2;
        try {
            ec2 = clients.client(access.inRegion(region));
            if (!config.isTrue("skip_credential_validation")) {
                // Resolving the credentials locally finds a missing or broken chain before anything is created.
                ec2.serviceClientConfiguration()
                        .credentialsProvider()
                        .resolveIdentity()
                        .join();
            }
        } catch (RuntimeException e) {
            clients.close();
            return StepResult.halt("No valid credential sources found for AWS Builder: " + Causes.describe(e));
        }
        String amiName;
        try {
            amiName = EbsOptions.render(config.string("ami_name").orElse(""), Map.of());
        } catch (dev.kiln.runtime.plugin.GoTemplate.TemplateException e) {
            clients.close();
            return StepResult.halt("Error rendering ami_name: " + e.getMessage());
        }
        String runId = UUID.randomUUID().toString();
        RunJournal journal;
        try {
            journal = RunJournal.start(
                    journalDirectory,
                    runId,
                    state.buildName(),
                    config.nonEmptyString("custom_endpoint_ec2")
                            .orElse(environment.getOrDefault(
                                    "AWS_ENDPOINT_URL_EC2", environment.get("AWS_ENDPOINT_URL"))),
                    config.nonEmptyString("profile").orElse(null));
        } catch (RuntimeException e) {
            clients.close();
            return StepResult.halt(e.getMessage());
        }
        state.put(
                AmazonSession.KEY,
                new AmazonSession(clients, access, region, runId, journal, Polling.of(config, environment), amiName));
        state.ui().say("kiln run id: " + runId + " (journal " + journal.file() + ")");
        return StepResult.proceed();
    }

    @Override
    public void cleanup(BuildState state) {
        state.get(AmazonSession.KEY).ifPresent(session -> {
            boolean failed = state.cancelled() || state.get(StandardKeys.ERROR).isPresent();
            if (failed) sweep(session, state);
            session.journal().finish();
            session.clients().close();
            state.remove(AmazonSession.KEY);
        });
    }

    /** Deletes anything the run still has, found by journal and by tag (a create call cut short by Ctrl-C). */
    private static void sweep(AmazonSession session, BuildState state) {
        try (RunCleanup cleanup = RunCleanup.of(session)) {
            List<RunCleanup.Target> left = cleanup.find(Set.of(session.region()));
            if (left.isEmpty()) return;
            List<String> errors = cleanup.delete(left, state.ui()::say);
            errors.forEach(state.ui()::error);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            state.ui()
                    .error("Error looking for resources of run " + session.runId() + " left behind: "
                            + Causes.describe(e) + "; run `kiln cleanup " + session.runId() + "`");
        }
    }
}
