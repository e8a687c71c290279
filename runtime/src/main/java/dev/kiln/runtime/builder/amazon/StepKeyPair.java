package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.builder.amazon.RunJournal.Kind;
import dev.kiln.runtime.plugin.GoTemplate;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.ec2.model.CreateKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/**
 * Packer's {@code StepKeyPair}: uses {@code ssh_keypair_name} with {@code ssh_private_key_file} (or
 * the agent), an own {@code ssh_private_key_file}, or creates a temporary key pair
 * ({@code temporary_key_pair_name}, else {@code packer_<uuid>}; {@code rsa} or {@code ed25519}) whose
 * private key goes to an owner-only file for the communicator. Cleanup deletes the temporary pair and file.
 */
final class StepKeyPair implements Step {

    private final ConfigView config;
    private String temporaryName;
    private Path temporaryFile;

    StepKeyPair(ConfigView config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "StepKeyPair";
    }

    @Override
    public StepResult run(BuildState state) {
        Optional<String> keyPairName = config.nonEmptyString("ssh_keypair_name");
        Optional<Path> keyFile = config.nonEmptyString("ssh_private_key_file").map(Path::of);
        if (config.string("communicator").orElse("ssh").equals("none")) {
            state.put(EbsState.KEY_PAIR, new EbsState.KeyPair(Optional.empty(), Optional.empty()));
            return StepResult.proceed();
        }
        if (keyFile.isPresent()) {
            state.ui().say("Using existing SSH private key");
            state.put(EbsState.KEY_PAIR, new EbsState.KeyPair(keyPairName, keyFile));
            return StepResult.proceed();
        }
        if (keyPairName.isPresent() || config.isTrue("ssh_agent_auth") || config.isNonZero("ssh_password")) {
            if (config.isTrue("ssh_agent_auth")) state.ui().say("Using SSH Agent with key pair in source AMI");
            state.put(EbsState.KEY_PAIR, new EbsState.KeyPair(keyPairName, Optional.empty()));
            return StepResult.proceed();
        }
        AmazonSession session = state.require(AmazonSession.KEY);
        String name = config.nonEmptyString("temporary_key_pair_name").orElse("packer_" + UUID.randomUUID());
        String type = config.nonEmptyString("temporary_key_pair_type").orElse("rsa");
        Map<String, String> tags;
        try {
            tags = GeneratedData.tags(config, "run_tags", "run_tag", GeneratedData.of(state));
        } catch (GoTemplate.TemplateException e) {
            return StepResult.halt("Error rendering run_tags: " + e.getMessage());
        }
        state.ui().say("Creating temporary keypair: " + name);
        CreateKeyPairResponse created;
        try {
            created = session.ec2()
                    .createKeyPair(r -> r.keyName(name)
                            .keyType(type)
                            .tagSpecifications(session.tagSpecification(ResourceType.KEY_PAIR, tags)));
        } catch (RuntimeException e) {
            return StepResult.halt("Error creating temporary keypair: " + Ec2Errors.describe("CreateKeyPair", e));
        }
        session.journal().created(Kind.KEY_PAIR, session.region(), name);
        temporaryName = name;
        try {
            temporaryFile = Files.createTempFile(
                    "kiln-" + name,
                    ".pem",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporaryFile, created.keyMaterial(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return StepResult.halt("Error saving the temporary private key: " + e.getMessage());
        }
        state.put(EbsState.KEY_PAIR, new EbsState.KeyPair(Optional.of(name), Optional.of(temporaryFile)));
        return StepResult.proceed();
    }

    @Override
    public void cleanup(BuildState state) {
        if (temporaryFile != null) {
            try {
                Files.deleteIfExists(temporaryFile);
            } catch (IOException e) {
                state.ui().error("Error removing the temporary private key " + temporaryFile + ": " + e.getMessage());
            }
        }
        if (temporaryName == null) return;
        AmazonSession session = state.require(AmazonSession.KEY);
        state.ui().say("Deleting temporary keypair...");
        session.deletions(session.region())
                .deleteKeyPair(temporaryName)
                .ifPresent(error -> state.ui()
                        .error("Error cleaning up keypair. Please delete the key manually: " + temporaryName + ": "
                                + error));
    }
}
