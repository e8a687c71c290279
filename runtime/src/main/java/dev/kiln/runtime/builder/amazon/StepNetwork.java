package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.spi.BuildState;
import dev.kiln.runtime.spi.Step;
import dev.kiln.runtime.spi.StepResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Vpc;

/**
 * Packer's {@code StepNetworkInfo}: resolves {@code vpc_filter} and {@code subnet_filter} (with
 * {@code most_free} or {@code random}) and completes a given {@code subnet_id} with its VPC and zone.
 * With none of them EC2 chooses the default VPC and subnet itself.
 */
final class StepNetwork implements Step {

    private final ConfigView config;
    private final Random random;

    StepNetwork(ConfigView config, Random random) {
        this.config = config;
        this.random = random;
    }

    @Override
    public String name() {
        return "StepNetworkInfo";
    }

    @Override
    public StepResult run(BuildState state) {
        Ec2Client ec2 = state.require(AmazonSession.KEY).ec2();
        Optional<String> vpc = config.nonEmptyString("vpc_id");
        Optional<String> subnet = config.nonEmptyString("subnet_id");
        Optional<String> zone = config.nonEmptyString("availability_zone");
        try {
            List<? extends ConfigView> vpcFilter = config.blocks("vpc_filter");
            if (vpc.isEmpty() && !vpcFilter.isEmpty()) {
                List<Filter> filters = EbsOptions.filters(vpcFilter.get(0));
                List<Vpc> vpcs = ec2.describeVpcs(r -> r.filters(filters)).vpcs();
                if (vpcs.size() != 1) {
                    return StepResult.halt("Exactly one VPC should match the filter, but " + vpcs.size()
                            + " VPC's was found matching vpc_filter: " + EbsOptions.describe(filters));
                }
                vpc = Optional.of(vpcs.get(0).vpcId());
                state.ui().output("Found VPC ID: " + vpc.get());
            }
            List<? extends ConfigView> subnetFilter = config.blocks("subnet_filter");
            if (subnet.isEmpty() && !subnetFilter.isEmpty()) {
                ConfigView block = subnetFilter.get(0);
                List<Filter> filters = new ArrayList<>(EbsOptions.filters(block));
                vpc.ifPresent(v ->
                        filters.add(Filter.builder().name("vpc-id").values(v).build()));
                zone.ifPresent(z -> filters.add(
                        Filter.builder().name("availability-zone").values(z).build()));
                List<Subnet> subnets =
                        ec2.describeSubnets(r -> r.filters(filters)).subnets();
                if (subnets.isEmpty()) {
                    return StepResult.halt("No subnets found matching subnet_filter: " + EbsOptions.describe(filters));
                }
                Subnet chosen;
                if (subnets.size() == 1) {
                    chosen = subnets.get(0);
                } else if (block.isTrue("most_free")) {
                    chosen = subnets.stream()
                            .max(Comparator.comparing(Subnet::availableIpAddressCount))
                            .orElseThrow();
                } else if (block.isTrue("random")) {
                    chosen = subnets.get(random.nextInt(subnets.size()));
                } else {
                    return StepResult.halt("Your filter matched " + subnets.size()
                            + " Subnets. Please try a more specific search, or set random or most_free to true.");
                }
                subnet = Optional.of(chosen.subnetId());
                state.ui().output("Found Subnet ID: " + subnet.get());
            }
            if (subnet.isEmpty() && vpc.isPresent()) {
                // A VPC without a subnet: its subnet with the most free addresses (in the zone, if given), as Packer.
                List<Filter> filters = new ArrayList<>(List.of(
                        Filter.builder().name("vpc-id").values(vpc.get()).build()));
                zone.ifPresent(z -> filters.add(
                        Filter.builder().name("availability-zone").values(z).build()));
                List<Subnet> subnets =
                        ec2.describeSubnets(r -> r.filters(filters)).subnets();
                if (subnets.isEmpty()) return StepResult.halt("No subnet found in VPC " + vpc.get());
                Subnet chosen = subnets.stream()
                        .max(Comparator.comparing(Subnet::availableIpAddressCount))
                        .orElseThrow();
                subnet = Optional.of(chosen.subnetId());
                zone = Optional.of(chosen.availabilityZone());
            }
            if (subnet.isPresent() && (vpc.isEmpty() || zone.isEmpty())) {
                String subnetId = subnet.get();
                List<Subnet> found =
                        ec2.describeSubnets(r -> r.subnetIds(subnetId)).subnets();
                if (found.isEmpty()) return StepResult.halt("Subnet " + subnetId + " does not exist");
                if (vpc.isEmpty()) vpc = Optional.of(found.get(0).vpcId());
                if (zone.isEmpty()) zone = Optional.of(found.get(0).availabilityZone());
            }
        } catch (RuntimeException e) {
            return StepResult.halt("Error querying the network: " + Ec2Errors.describe("DescribeSubnets", e));
        }
        state.put(EbsState.NETWORK, new EbsState.Network(vpc, subnet, zone));
        return StepResult.proceed();
    }
}
