package dev.kiln.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.cli.Main;
import dev.kiln.runtime.aws.MotoServer;
import dev.kiln.runtime.aws.SdkEndpoint;
import dev.kiln.runtime.communicator.ssh.SshServerExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ResourceType;

/**
 * The amazon-ebs examples build, unchanged, against moto (EC2) and an sshd on 127.0.0.1 standing in
 * for the instance (its sessions run scripts/stand-in-instance/bin's sudo and curl, which only say
 * what they would do), exactly as scripts/local-ami-build runs them; afterwards EC2 holds the AMIs
 * and nothing temporary.
 */
class AmazonExamplesTest {

    @RegisterExtension
    static final MotoServer MOTO = MotoServer.withAmis(Path.of("..", "scripts", "moto-amis.json"));

    @RegisterExtension
    static final SshServerExtension SSHD = new SshServerExtension(
            "AuthorizedKeysCommand /bin/echo %t %k",
            "AuthorizedKeysCommandUser " + System.getProperty("user.name"),
            "SetEnv PATH="
                    + Path.of("..", "scripts", "stand-in-instance", "bin")
                            .toAbsolutePath()
                            .normalize() + ":/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin");

    private static final Pattern RUN_ID = Pattern.compile("kiln run id: ([0-9a-f-]{36})");

    @BeforeAll
    static void imagesVpcInBothRegions() {
        for (String region : List.of("us-east-1", "eu-west-1")) {
            try (Ec2Client ec2 = client(region)) {
                String vpc = ec2.createVpc(r -> r.cidrBlock("10.42.0.0/16")
                                .tagSpecifications(t -> t.resourceType(ResourceType.VPC)
                                        .tags(tag -> tag.key("Name").value("images-vpc"))))
                        .vpc()
                        .vpcId();
                ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.42.1.0/24"));
            }
        }
    }

    private static Ec2Client client(String region) {
        return Ec2Client.builder()
                .endpointOverride(MOTO.endpoint())
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .build();
    }

    private static String build(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(
                "build",
                "-color=false",
                "-var",
                "ssh_host=127.0.0.1",
                "-var",
                "ssh_port=" + SSHD.port(),
                "-var",
                "ssh_username=" + System.getProperty("user.name")));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        try (SdkEndpoint ignored = SdkEndpoint.use(MOTO.endpoint())) {
            exit = Main.execute(
                    new PrintWriter(out, true), new PrintWriter(err, true), true, all.toArray(String[]::new));
        }
        String text = out.toString() + err;
        Matcher ids = RUN_ID.matcher(text);
        while (ids.find()) Files.deleteIfExists(Path.of(".kiln", "runs", ids.group(1) + ".json"));
        assertEquals(0, exit, text);
        return text;
    }

    private static List<String> temporaryResources(String region) {
        List<String> left = new ArrayList<>();
        try (Ec2Client ec2 = client(region)) {
            ec2.describeInstances()
                    .reservations()
                    .forEach(r -> r.instances().forEach(i -> {
                        if (!i.state().nameAsString().equals("terminated")) left.add("instance " + i.instanceId());
                    }));
            ec2.describeKeyPairs().keyPairs().forEach(k -> left.add("key pair " + k.keyName()));
            ec2.describeSecurityGroups().securityGroups().stream()
                    .filter(g -> !g.groupName().equals("default"))
                    .forEach(g -> left.add("security group " + g.groupId()));
            ec2.describeVolumes().volumes().forEach(v -> left.add("volume " + v.volumeId()));
        }
        return left;
    }

    @Test
    void amazonEbsUbuntuBuildsItsAmiAndWritesTheManifest() throws Exception {
        Path manifest = Path.of("manifest.json");
        try {
            String out = build("amazon-ebs-ubuntu");
            assertTrue(
                    out.contains("==> web.amazon-ebs.ubuntu: [stand-in instance] sudo apt-get install -y nginx"), out);
            Matcher ami = Pattern.compile("AMIs were created:\nus-east-1: (ami-[0-9a-f]+)\n")
                    .matcher(out);
            assertTrue(ami.find(), out);
            assertTrue(
                    Files.readString(manifest).contains("\"artifact_id\": \"us-east-1:" + ami.group(1) + "\""),
                    Files.readString(manifest));
            assertEquals(List.of(), temporaryResources("us-east-1"));
        } finally {
            Files.deleteIfExists(manifest);
        }
    }

    @Test
    void amiWorkflowBuildsOneAmiPerRegionInTheTaggedVpc() throws Exception {
        String out = build(
                "--params",
                "workflow=ami-workflow/workflow_param.json",
                "--params",
                "step=ami-workflow/base-image/step_param.json",
                "ami-workflow/base-image");
        assertTrue(out.contains("==> amazon-ebs.us-east-1: Found VPC ID: vpc-"), out);
        assertTrue(out.contains("[stand-in instance] curl -fsSL https://get.docker.com"), out);
        assertTrue(
                Pattern.compile("--> amazon-ebs.us-east-1: AMIs were created:\nus-east-1: ami-")
                        .matcher(out)
                        .find(),
                out);
        assertTrue(
                Pattern.compile("--> amazon-ebs.eu-west-1: AMIs were created:\neu-west-1: ami-")
                        .matcher(out)
                        .find(),
                out);
        assertEquals(List.of(), temporaryResources("us-east-1"));
        assertEquals(List.of(), temporaryResources("eu-west-1"));
    }
}
