package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.builder.amazon.RunJournal.Kind;
import dev.kiln.runtime.plugin.GoTemplate;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Packer's {@code StepCreateTags}: in every region, {@code tags} on the AMI and {@code snapshot_tags}
 * on its snapshots, rendered with the build's data ({@code {{ .SourceAMI }}} ...). Also marks the
 * AMIs and snapshots {@code kiln:build-complete}, and kept in the journal: from here on they are the
 * build's result, which cleanup never deletes.
 */
final class StepCreateTags implements Step {

    private final ConfigView config;

    StepCreateTags(ConfigView config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "StepCreateTags";
    }

    @Override
    public StepResult run(BuildState state) {
        EbsState.Amis amis = state.get(EbsState.AMIS).orElse(null);
        if (amis == null) return StepResult.proceed();
        AmazonSession session = state.require(AmazonSession.KEY);
        Map<String, String> data = GeneratedData.of(state);
        Map<String, String> tags;
        Map<String, String> snapshotTags;
        try {
            tags = GeneratedData.tags(config, "tags", "tag", data);
            snapshotTags = GeneratedData.tags(config, "snapshot_tags", "snapshot_tag", data);
        } catch (GoTemplate.TemplateException e) {
            return StepResult.halt("Error processing tags: " + e.getMessage());
        }
        for (Map.Entry<String, String> ami : amis.byRegion().entrySet()) {
            String region = ami.getKey();
            String id = ami.getValue();
            List<String> snapshots = amis.snapshots().getOrDefault(id, List.of());
            Ec2Client ec2 = session.ec2(region);
            try {
                state.ui().say("Adding tags to AMI (" + id + ")...");
                tags.forEach((k, v) -> state.ui().output("Adding tag: \"" + k + "\": \"" + v + "\""));
                ec2.createTags(r -> r.resources(id).tags(session.tags(complete(tags))));
                if (!snapshots.isEmpty()) {
                    for (String s : snapshots) state.ui().say("Tagging snapshot: " + s);
                    snapshotTags.forEach((k, v) -> state.ui().output("Adding tag: \"" + k + "\": \"" + v + "\""));
                    ec2.createTags(r -> r.resources(snapshots).tags(session.tags(complete(snapshotTags))));
                }
            } catch (RuntimeException e) {
                return StepResult.halt("Error adding tags to AMI (" + id + "): " + Ec2Errors.describe("CreateTags", e));
            }
            session.journal().kept(Kind.IMAGE, region, id);
            for (String s : snapshots) session.journal().kept(Kind.SNAPSHOT, region, s);
        }
        return StepResult.proceed();
    }

    private static Map<String, String> complete(Map<String, String> tags) {
        Map<String, String> all = new LinkedHashMap<>(tags);
        all.put(AmazonSession.COMPLETE_TAG, "true");
        return all;
    }
}
