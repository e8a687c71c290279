package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Stops a build before anything is created when the template asks for an amazon-ebs feature kiln
 * does not run yet, naming the options, instead of building something other than what was asked.
 */
final class StepRefuseUnsupported implements Step {

    private final ConfigView config;

    StepRefuseUnsupported(ConfigView config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "StepRefuseUnsupported";
    }

    @Override
    public StepResult run(BuildState state) {
        List<String> options = new ArrayList<>();
        String spot = config.string("spot_price").orElse("");
        if (!spot.isEmpty() && !spot.equals("0")) options.add("spot_price");
        if (config.isNonZero("spot_instance_types")) options.add("spot_instance_types");
        for (String block :
                List.of("temporary_iam_instance_profile_policy_document", "fast_launch", "vault_aws_engine")) {
            if (!config.blocks(block).isEmpty()) options.add(block);
        }
        if (config.isTrue("encrypt_boot")) options.add("encrypt_boot");
        if (config.isTrue("skip_save_build_region")) options.add("skip_save_build_region");
        if (config.string("ssh_interface").orElse("").equals("session_manager"))
            options.add("ssh_interface = \"session_manager\"");
        if (config.isNonZero("temporary_security_group_source_public_ip"))
            options.add("temporary_security_group_source_public_ip");
        if (config.isNonZero("deprecate_at")) options.add("deprecate_at");
        if (config.isTrue("ena_support") || config.isTrue("sriov_support")) options.add("ena_support/sriov_support");
        if (options.isEmpty()) return StepResult.proceed();
        return StepResult.halt("kiln's amazon-ebs builder cannot run " + String.join(", ", options)
                + " yet; nothing was created. Remove the option(s) or build this template with Packer.");
    }
}
