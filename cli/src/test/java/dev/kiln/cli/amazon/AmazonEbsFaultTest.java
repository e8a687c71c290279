package dev.kiln.cli.amazon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.aws.MotoServer;
import dev.kiln.runtime.communicator.ssh.SshServerExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults at every amazon-ebs step, through {@link Ec2Proxy} in front of moto: an injected API
 * failure (500, throttling, timeout in turn), SIGINT while the step's call is in flight, and
 * SIGKILL at the same moment followed by {@code kiln cleanup -force RUN-ID}; plus a failing
 * provisioner. {@code max_retries = 1}, so two failed attempts fail the step. After each, the EC2 API must show no instance, key pair, security group, volume,
 * AMI or snapshot the build made. The table goes to target/amazon-fault-matrix.md (docs/amazon-faults.md
 * is a copy). Also checks {@code kiln iam-policy} against the actions the builds called.
 */
class AmazonEbsFaultTest {

    @RegisterExtension
    static final MotoServer MOTO = MotoServer.withAmis(Path.of("..", "scripts", "moto-amis.json"));

    @RegisterExtension
    static final SshServerExtension SSHD = new SshServerExtension(
            "AuthorizedKeysCommand /bin/echo %t %k", "AuthorizedKeysCommandUser " + System.getProperty("user.name"));

    private static final Pattern RUN_ID = Pattern.compile("kiln run id: ([0-9a-f-]{36})");
    private static final String[] REGIONS = {"us-east-1", "eu-west-1"};

    /** A step, the EC2 call it makes (the nth of that action in a build), and the fault injected there. */
    private record StepCall(String step, String action, int nth, Ec2Proxy.Fault fault) {}

    private static final List<StepCall> STEPS = List.of(
            new StepCall("StepPreValidate", "DescribeRegions", 1, Ec2Proxy.Fault.SERVER_ERROR),
            new StepCall("StepSourceAMIInfo", "DescribeImages", 2, Ec2Proxy.Fault.THROTTLING),
            new StepCall("StepKeyPair", "CreateKeyPair", 1, Ec2Proxy.Fault.TIMEOUT),
            new StepCall("StepSecurityGroup", "CreateSecurityGroup", 1, Ec2Proxy.Fault.SERVER_ERROR),
            new StepCall("StepSecurityGroup (ingress)", "AuthorizeSecurityGroupIngress", 1, Ec2Proxy.Fault.THROTTLING),
            new StepCall("StepRunSourceInstance", "RunInstances", 1, Ec2Proxy.Fault.TIMEOUT),
            new StepCall("StepStopEBSBackedInstance", "StopInstances", 1, Ec2Proxy.Fault.SERVER_ERROR),
            new StepCall("StepCreateAMI", "CreateImage", 1, Ec2Proxy.Fault.THROTTLING),
            new StepCall("StepAMIRegionCopy", "CopyImage", 1, Ec2Proxy.Fault.TIMEOUT),
            new StepCall("StepModifyAMIAttributes", "ModifyImageAttribute", 1, Ec2Proxy.Fault.SERVER_ERROR),
            new StepCall("StepCreateTags", "CreateTags", 1, Ec2Proxy.Fault.THROTTLING));

    private static Ec2Proxy proxy;
    private static final List<String> ROWS = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void startProxy() throws IOException {
        proxy = new Ec2Proxy(MOTO.endpoint());
    }

    @AfterAll
    static void writeTable() throws IOException {
        if (proxy != null) proxy.close();
        if (ROWS.isEmpty()) return;
        List<String> lines = new ArrayList<>(List.of(
                "| step | EC2 call | injected failure | SIGINT in the call | SIGKILL in the call, then `kiln cleanup` |",
                "|---|---|---|---|---|"));
        lines.addAll(ROWS);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "amazon-fault-matrix.md"), lines);
    }

    private Path template(String name, String extra, String provisioner) throws IOException {
        Path file = dir.resolve("ami.pkr.hcl");
        Files.writeString(file, """
                source "amazon-ebs" "ubuntu" {
                  region        = "us-east-1"
                  ami_name      = "%s"
                  instance_type = "t3.micro"
                  ami_regions   = ["eu-west-1"]
                  ami_users     = ["210987654321"]
                  max_retries   = 1
                  source_ami_filter {
                    filters     = { name = "ubuntu/images/*ubuntu-jammy-22.04-amd64-server-*" }
                    most_recent = true
                    owners      = ["099720109477"]
                  }
                  ssh_username = "%s"
                  ssh_host     = "127.0.0.1"
                  ssh_port     = %d
                  tags         = { Name = "fault test" }
                  %s
                }
                build {
                  sources = ["source.amazon-ebs.ubuntu"]
                  provisioner "shell" { inline = [%s] }
                }
                """.formatted(name, System.getProperty("user.name"), SSHD.port(), extra, provisioner));
        return file;
    }

    /** kiln build through the proxy; the hook's signal goes to this process. */
    private KilnProcess.Result build(AtomicReference<Process> process, String... args) throws Exception {
        Process p = new KilnProcess(dir, proxy.endpoint()).start(args);
        process.set(p);
        StringBuilder out = new StringBuilder();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) out.append(line).append('\n');
        }
        if (!p.waitFor(180, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
        return new KilnProcess.Result(p.exitValue(), out.toString());
    }

    private static Runnable signal(AtomicReference<Process> process, String signal) {
        return () -> {
            try {
                KilnProcess.signal(process.get(), signal);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** What the run left: temporary resources, and images or snapshots beyond {@code baseline}. */
    private static List<String> leftovers(List<String> baseline) {
        Ec2Leftovers ec2 = new Ec2Leftovers(MOTO.endpoint());
        List<String> left = new ArrayList<>(ec2.temporary(REGIONS));
        List<String> images = new ArrayList<>(ec2.imagesAndSnapshots(REGIONS));
        images.removeAll(baseline);
        left.addAll(images);
        return left;
    }

    private static String cell(KilnProcess.Result result, List<String> left) {
        return (result.exit() == 0 ? "build succeeded" : "build failed (exit " + result.exit() + ")") + ", "
                + (left.isEmpty() ? "0 left" : left.size() + " LEFT");
    }

    @Test
    void everyFaultAtEveryStepLeavesNothing() throws Exception {
        List<String> failures = new ArrayList<>();
        for (StepCall s : STEPS) {
            List<String> cells = new ArrayList<>();
            for (String mode : List.of("fault", "INT", "KILL")) {
                Files.deleteIfExists(dir.resolve("ami.pkr.hcl"));
                template("fault-" + s.action().toLowerCase() + "-" + mode.toLowerCase(), "", "\"true\"");
                List<String> baseline = new Ec2Leftovers(MOTO.endpoint()).imagesAndSnapshots(REGIONS);
                proxy.reset();
                AtomicReference<Process> process = new AtomicReference<>();
                if (mode.equals("fault")) {
                    proxy.fail(s.action(), s.nth(), 2, s.fault());
                } else {
                    proxy.hold(s.action(), s.nth(), signal(process, mode));
                }
                KilnProcess.Result result = build(process, "build", "-color=false", ".");
                String detail = "";
                if (mode.equals("KILL")) {
                    Matcher id = RUN_ID.matcher(result.output());
                    if (id.find()) {
                        proxy.reset();
                        KilnProcess.Result cleanup =
                                new KilnProcess(dir, proxy.endpoint()).run("cleanup", "-force", id.group(1));
                        detail = cleanup.exit() == 0 ? "" : " (cleanup exit " + cleanup.exit() + ")";
                        if (cleanup.exit() != 0) failures.add(s.step() + " KILL cleanup: " + cleanup.output());
                    }
                }
                List<String> left = leftovers(baseline);
                if (!left.isEmpty()) failures.add(s.step() + " " + mode + ": left " + left + "\n" + result.output());
                if (result.exit() == 0)
                    failures.add(s.step() + " " + mode + ": the build did not fail\n" + result.output());
                String what =
                        mode.equals("fault") ? s.fault().name().toLowerCase().replace('_', ' ') + ": " : "";
                cells.add(what + cell(result, left) + detail);
            }
            ROWS.add("| " + s.step() + " | " + s.action() + " #" + s.nth() + " | " + String.join(" | ", cells) + " |");
        }
        proxy.reset();
        template("fault-provisioner", "", "\"exit 7\"");
        List<String> baseline = new Ec2Leftovers(MOTO.endpoint()).imagesAndSnapshots(REGIONS);
        KilnProcess.Result failed = build(new AtomicReference<>(), "build", "-color=false", ".");
        List<String> left = leftovers(baseline);
        ROWS.add("| provisioner (`exit 7`) | - | " + cell(failed, left) + " | | |");
        if (!left.isEmpty() || failed.exit() == 0) failures.add("failing provisioner: " + left + failed.output());
        assertEquals(List.of(), failures);
    }

    @Test
    void aTransientErrorIsRetriedAndTheBuildSucceeds() throws Exception {
        template("fault-retried", "", "\"true\"");
        Files.writeString(
                dir.resolve("ami.pkr.hcl"),
                Files.readString(dir.resolve("ami.pkr.hcl")).replace("max_retries   = 1", ""));
        proxy.reset();
        proxy.fail("RunInstances", 1, 2, Ec2Proxy.Fault.SERVER_ERROR);
        proxy.fail("CreateImage", 1, 1, Ec2Proxy.Fault.THROTTLING);
        KilnProcess.Result result = build(new AtomicReference<>(), "build", "-color=false", ".");
        assertEquals(0, result.exit(), result.output());
        assertEquals(List.of(), new Ec2Leftovers(MOTO.endpoint()).temporary(REGIONS));
    }

    @Test
    void iamPolicyHasEveryActionTheBuildCalledAndNoneItCannot() throws Exception {
        template("iam-policy", "snapshot_users = [\"210987654321\"]", "\"true\"");
        KilnProcess kiln = new KilnProcess(dir, proxy.endpoint());
        KilnProcess.Result policy = kiln.run("iam-policy", ".");
        assertEquals(0, policy.exit(), policy.output());
        Set<String> allowed = new TreeSet<>();
        Matcher m = Pattern.compile("\"((?:ec2|iam|kms):[A-Za-z]+)\"").matcher(policy.output());
        while (m.find()) allowed.add(m.group(1));
        proxy.reset();
        assertEquals(
                0, build(new AtomicReference<>(), "build", "-color=false", ".").exit());
        Set<String> called = new TreeSet<>();
        proxy.actions().forEach(a -> called.add("ec2:" + a));
        // A failed copy: the partial AMI is deleted and the run's tag swept.
        Files.writeString(
                dir.resolve("ami.pkr.hcl"),
                Files.readString(dir.resolve("ami.pkr.hcl")).replace("\"iam-policy\"", "\"iam-policy-2\""));
        proxy.reset();
        proxy.fail("CopyImage", 1, 2, Ec2Proxy.Fault.SERVER_ERROR);
        assertEquals(
                1, build(new AtomicReference<>(), "build", "-color=false", ".").exit());
        Set<String> calledOnFailure = new TreeSet<>();
        proxy.actions().forEach(a -> calledOnFailure.add("ec2:" + a));
        Set<String> missing = new TreeSet<>(called);
        missing.addAll(calledOnFailure);
        missing.removeAll(allowed);
        assertEquals(Set.of(), missing, "called but not in the policy");
        Set<String> unused = new TreeSet<>(allowed);
        unused.removeAll(called);
        unused.removeAll(calledOnFailure);
        // Deleting a volume left "available" happens only for source AMIs whose root volume outlives the instance.
        assertEquals(Set.of("ec2:DeleteVolume"), unused, "in the policy but never called");
    }
}
