package dev.kiln.cli.amazon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.aws.MotoServer;
import dev.kiln.runtime.communicator.ssh.SshServerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.model.Image;

/**
 * {@code kiln build} of amazon-ebs templates as real processes against moto (the EC2 API) and a real
 * sshd on 127.0.0.1 standing in for the instance. The sshd accepts whatever key the client offers,
 * as an instance accepts the key pair cloud-init installed, so the build only connects if kiln
 * logs in with the private key of the temporary key pair it created. Afterwards the EC2 API is
 * asked what is left.
 */
class AmazonEbsBuildTest {

    @RegisterExtension
    static final MotoServer MOTO = MotoServer.withAmis(Path.of("..", "scripts", "moto-amis.json"));

    @RegisterExtension
    static final SshServerExtension SSHD = new SshServerExtension(
            "AuthorizedKeysCommand /bin/echo %t %k", "AuthorizedKeysCommandUser " + System.getProperty("user.name"));

    private static final Pattern RUN_ID = Pattern.compile("kiln run id: ([0-9a-f-]{36})");

    @TempDir
    Path dir;

    private KilnProcess kiln;
    private Ec2Leftovers ec2;

    @BeforeEach
    void setUp() {
        kiln = new KilnProcess(dir, MOTO.endpoint());
        ec2 = new Ec2Leftovers(MOTO.endpoint());
    }

    /** A template building {@code name} from the Ubuntu image, with {@code extra} lines in the source and {@code provisioner} commands. */
    private Path template(String name, String extra, String provisioner) throws Exception {
        String hcl = """
                source "amazon-ebs" "ubuntu" {
                  region        = "us-east-1"
                  ami_name      = "%s"
                  instance_type = "t3.micro"
                  source_ami_filter {
                    filters = {
                      name = "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*"
                    }
                    most_recent = true
                    owners      = ["099720109477"]
                  }
                  ssh_username = "%s"
                  ssh_host     = "127.0.0.1"
                  ssh_port     = %d
                  %s
                }

                build {
                  sources = ["source.amazon-ebs.ubuntu"]
                  provisioner "shell" {
                    inline = [%s]
                  }
                  post-processor "manifest" {}
                }
                """.formatted(name, System.getProperty("user.name"), SSHD.port(), extra, provisioner);
        Path file = dir.resolve("ami.pkr.hcl");
        Files.writeString(file, hcl);
        return file;
    }

    private static String runId(String output) {
        Matcher m = RUN_ID.matcher(output);
        assertTrue(m.find(), output);
        return m.group(1);
    }

    @Test
    void buildsAnAmiWithACopyTagsAndManifestAndLeavesNoTemporaryResource() throws Exception {
        template(
                "kiln-e2e-copies",
                """
                ami_regions   = ["eu-west-1"]
                  temporary_key_pair_type = "ed25519"
                  tags = {
                    Name   = "web {{ .SourceAMIName }}"
                    Base   = "{{ .SourceAMI }}"
                    Region = "{{ .BuildRegion }}"
                  }
                  snapshot_tags = { Kind = "root" }
                  run_tags      = { Team = "platform" }
                """,
                "\"echo provisioned ${build.ID} from ${build.SourceAMI} in ${build.BuildRegion}\"");
        KilnProcess.Result result = kiln.run("build", "-color=false", ".");
        String out = result.output();
        assertEquals(0, result.exit(), out);
        assertTrue(out.contains("Creating temporary keypair: packer_"), out);
        assertTrue(out.contains("Connected to SSH!"), out);
        assertTrue(
                Pattern.compile("provisioned i-[0-9a-f]+ from ami-0a1b2c3d4e5f60002 in us-east-1")
                        .matcher(out)
                        .find(),
                out);
        List<Image> east = ec2.images("us-east-1", "kiln-e2e-copies");
        List<Image> west = ec2.images("eu-west-1", "kiln-e2e-copies");
        assertEquals(1, east.size(), east.toString());
        assertEquals(1, west.size(), west.toString());
        String eastId = east.get(0).imageId();
        String westId = west.get(0).imageId();
        assertTrue(out.contains("AMIs were created:\neu-west-1: " + westId + "\nus-east-1: " + eastId + "\n"), out);
        String manifest = Files.readString(dir.resolve("packer-manifest.json"));
        assertTrue(
                manifest.contains("\"artifact_id\": \"eu-west-1:" + westId + ",us-east-1:" + eastId + "\""), manifest);
        assertTrue(manifest.contains("\"builder_type\": \"amazon-ebs\""), manifest);
        Map<String, String> tags = new TreeMap<>();
        east.get(0).tags().forEach(t -> tags.put(t.key(), t.value()));
        assertEquals("web ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-20240601", tags.get("Name"));
        assertEquals("ami-0a1b2c3d4e5f60002", tags.get("Base"));
        assertEquals("us-east-1", tags.get("Region"));
        assertEquals(runId(out), tags.get("kiln:run-id"));
        assertEquals(List.of(), ec2.temporary("us-east-1", "eu-west-1"));
        String journal = Files.readString(dir.resolve(".kiln/runs/" + runId(out) + ".json"));
        assertTrue(journal.contains("\"finished\":true"), journal);
        assertTrue(!journal.contains("\"state\":\"created\""), journal);
    }

    @Test
    void aSourceAmiFilterMatchingNothingNamesTheFilterAndCreatesNothing() throws Exception {
        Files.writeString(
                template("kiln-e2e-nomatch", "", "\"true\""),
                Files.readString(dir.resolve("ami.pkr.hcl")).replace("ubuntu-jammy-22.04", "ubuntu-noble-24.04"));
        KilnProcess.Result result = kiln.run("build", "-color=false", ".");
        assertEquals(1, result.exit(), result.output());
        assertTrue(
                result.output()
                        .contains("source_ami_filter: No AMI was found matching filters: {Filters: [{Name: \"name\","
                                + " Values: [\"ubuntu/images/*ubuntu-noble-24.04-amd64-server-*\"]}]"),
                result.output());
        assertEquals(List.of(), ec2.temporary("us-east-1"));
    }

    @Test
    void anExistingAmiNameFailsUntilForceDeregisterReplacesIt() throws Exception {
        template("kiln-e2e-again", "", "\"true\"");
        assertEquals(0, kiln.run("build", "-color=false", ".").exit());
        String first = ec2.images("us-east-1", "kiln-e2e-again").get(0).imageId();
        KilnProcess.Result again = kiln.run("build", "-color=false", ".");
        assertEquals(1, again.exit(), again.output());
        assertTrue(
                again.output().contains("Error: AMI Name: 'kiln-e2e-again' is used by an existing AMI: " + first),
                again.output());
        template("kiln-e2e-again", "force_deregister = true\n  force_delete_snapshot = true", "\"true\"");
        KilnProcess.Result forced = kiln.run("build", "-color=false", ".");
        assertEquals(0, forced.exit(), forced.output());
        assertTrue(forced.output().contains("Deregistered AMI id: " + first), forced.output());
        List<Image> now = ec2.images("us-east-1", "kiln-e2e-again");
        assertEquals(1, now.size());
        assertNotEquals(first, now.get(0).imageId());
        assertEquals(List.of(), ec2.temporary("us-east-1"));
    }

    @Test
    void aFailingProvisionerLeavesNothingBehind() throws Exception {
        template("kiln-e2e-fails", "ami_regions = [\"eu-west-1\"]", "\"exit 3\"");
        List<String> before = ec2.imagesAndSnapshots("us-east-1", "eu-west-1");
        KilnProcess.Result result = kiln.run("build", "-color=false", ".");
        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("Script exited with non-zero exit status: 3"), result.output());
        assertEquals(List.of(), ec2.temporary("us-east-1", "eu-west-1"));
        assertEquals(before, ec2.imagesAndSnapshots("us-east-1", "eu-west-1"));
    }

    @Test
    void sigintWhileProvisioningRunsEveryCleanup() throws Exception {
        template("kiln-e2e-sigint", "", "\"echo sleeping\", \"sleep 60\"");
        KilnProcess.Result result = kiln.runUntil(
                line -> line.contains("sleeping"), p -> KilnProcess.signal(p, "INT"), "build", "-color=false", ".");
        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("Cancelling build after receiving interrupt"), result.output());
        assertTrue(result.output().contains("Terminating the source AWS instance..."), result.output());
        assertEquals(List.of(), ec2.temporary("us-east-1"));
        assertEquals(List.of(), ec2.images("us-east-1", "kiln-e2e-sigint"));
    }

    @Test
    void sigkillWhileProvisioningThenCleanupLeavesNothing() throws Exception {
        template("kiln-e2e-sigkill", "", "\"echo sleeping\", \"sleep 60\"");
        KilnProcess.Result killed = kiln.runUntil(
                line -> line.contains("sleeping"), p -> KilnProcess.signal(p, "KILL"), "build", "-color=false", ".");
        assertNotEquals(0, killed.exit());
        assertTrue(!ec2.temporary("us-east-1").isEmpty(), "the killed build had nothing to leave");
        String runId = runId(killed.output());
        KilnProcess.Result cleanup = kiln.run("cleanup", "-force", runId);
        assertEquals(0, cleanup.exit(), cleanup.output());
        assertTrue(cleanup.output().contains("Deleting instance i-"), cleanup.output());
        assertEquals(List.of(), ec2.temporary("us-east-1"));
        assertEquals(0, kiln.run("cleanup", "-stale").exit());
    }
}
