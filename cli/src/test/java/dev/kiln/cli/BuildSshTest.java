package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.communicator.ssh.SshServerExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kiln build} end to end against a real sshd on 127.0.0.1: the null builder connects with a
 * generated key, shell and file provisioners run on the "remote" machine (this one, so the test can
 * look at what they did), build.* values, -only, error cleanup, machine-readable output, masking.
 */
class BuildSshTest {

    @RegisterExtension
    static final SshServerExtension SSHD = new SshServerExtension();

    private static final String SECRET = "s3cr3t-v4lue,with-comma";

    @TempDir
    Path dir;

    private Path remote;

    @BeforeEach
    void template() throws Exception {
        remote = Files.createDirectories(dir.resolve("remote"));
        Files.writeString(dir.resolve("hello.txt"), "uploaded content\n");
        Files.writeString(dir.resolve("remote/report.txt"), "downloaded content\n");
        Files.writeString(dir.resolve("setup.sh"), "#!/bin/sh\necho \"script sees $PACKER_BUILD_NAME as $(id -un)\"\n");
        Files.writeString(dir.resolve("main.pkr.hcl"), """
                variable "ssh_port" {
                  type = number
                }
                variable "ssh_key" {
                  type = string
                }
                variable "remote_dir" {
                  type = string
                }
                variable "api_token" {
                  type      = string
                  sensitive = true
                  default   = "%s"
                }

                source "null" "remote" {
                  communicator         = "ssh"
                  ssh_host             = "127.0.0.1"
                  ssh_port             = var.ssh_port
                  ssh_username         = "%s"
                  ssh_private_key_file = var.ssh_key
                  ssh_timeout          = "20s"
                }

                source "null" "local" {
                  communicator = "none"
                }

                build {
                  sources = ["source.null.remote", "source.null.local"]

                  provisioner "shell" {
                    only             = ["null.remote"]
                    environment_vars = ["GREETING=hello from ${build.name}", "TOKEN=${var.api_token}"]
                    inline = [
                      "echo \\"$GREETING ($PACKER_BUILD_NAME/$PACKER_BUILDER_TYPE)\\"",
                      "echo connected as ${build.User}@${build.Host}:${build.Port} to ${build.ID}",
                      "echo the token is $TOKEN",
                    ]
                  }
                  provisioner "shell" {
                    only   = ["null.remote"]
                    script = "${path.root}/setup.sh"
                  }
                  provisioner "file" {
                    only        = ["null.remote"]
                    source      = "${path.root}/hello.txt"
                    destination = "${var.remote_dir}/hello.txt"
                  }
                  provisioner "file" {
                    only        = ["null.remote"]
                    direction   = "download"
                    source      = "${var.remote_dir}/report.txt"
                    destination = "${path.root}/report.txt"
                  }
                  provisioner "shell-local" {
                    only   = ["null.local"]
                    inline = ["echo local build ${build.name}"]
                  }
                }

                build {
                  name    = "failing"
                  sources = ["source.null.remote"]

                  provisioner "shell" {
                    inline = ["echo about to fail", "exit 3"]
                  }
                  provisioner "shell" {
                    inline = ["echo never runs"]
                  }
                  error-cleanup-provisioner "shell" {
                    inline = ["echo cleaning up on ${build.Host} > ${var.remote_dir}/cleaned"]
                  }
                }

                build {
                  name    = "reboot"
                  sources = ["source.null.remote"]

                  provisioner "shell" {
                    expect_disconnect = true
                    inline = [
                      "echo dropping the connection",
                      "sleep 1",  # let the line reach kiln before sshd is killed (a race on a loaded machine)
                      "p=$PPID; while [ \\"$p\\" -gt 1 ]; do case $(cat /proc/$p/comm) in sshd*) kill -9 $p; exit 0;; esac; p=$(cut -d' ' -f4 /proc/$p/stat); done",
                    ]
                  }
                  provisioner "shell" {
                    inline = ["echo back after reconnecting"]
                  }
                }
                """.formatted(SECRET, System.getProperty("user.name")));
    }

    private CliRun build(String... flags) {
        List<String> args = new ArrayList<>(List.of(
                "build",
                "-color=false",
                "-var",
                "ssh_port=" + SSHD.port(),
                "-var",
                "ssh_key=" + SSHD.key("ed25519-openssh"),
                "-var",
                "remote_dir=" + remote));
        args.addAll(List.of(flags));
        args.add(dir.toString());
        // Main.execute, as the launcher: it takes -machine-readable out of the arguments.
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit =
                Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), true, args.toArray(String[]::new));
        return new CliRun(exit, out.toString(), err.toString());
    }

    @Test
    void provisionsOverSshWithBuildValuesFilesAndMaskedSecrets() throws Exception {
        CliRun run = build("-only=null.*");
        assertEquals(0, run.exit(), run.out() + run.err());
        String out = run.out();
        assertTrue(out.contains("==> null.remote: Using SSH communicator to connect: 127.0.0.1"), out);
        assertTrue(out.contains("==> null.remote: Connected to SSH!"), out);
        assertTrue(out.contains("==> null.remote: hello from null.remote (remote/null)"), out);
        assertTrue(
                out.contains("==> null.remote: connected as " + System.getProperty("user.name") + "@127.0.0.1:"
                        + SSHD.port() + " to Null"),
                out);
        assertTrue(out.contains("==> null.remote: script sees remote as " + System.getProperty("user.name")), out);
        assertTrue(out.contains("==> null.remote: the token is <sensitive>"), out);
        assertTrue(out.contains("==> null.local: local build null.local"), out);
        assertFalse(out.contains("s3cr3t"), out);
        assertEquals("uploaded content\n", Files.readString(remote.resolve("hello.txt")));
        assertEquals("downloaded content\n", Files.readString(dir.resolve("report.txt")));
        assertFalse(run.err().contains("SLF4J"), run.err());
        assertTrue(out.contains("--> null.remote: Did not export anything. This is the null builder"), out);
    }

    @Test
    void onlySelectsBuildsByName() {
        CliRun run = build("-only=null.local");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("==> null.local: local build null.local"), run.out());
        assertFalse(run.out().contains("null.remote"), run.out());
        assertFalse(run.out().contains("failing."), run.out());
    }

    @Test
    void aFailingProvisionerRunsTheErrorCleanupProvisioner() throws Exception {
        CliRun run = build("-only=failing.*", "-on-error=cleanup");
        assertEquals(1, run.exit(), run.out() + run.err());
        String out = run.out();
        assertTrue(out.contains("==> failing.null.remote: about to fail"), out);
        assertFalse(out.contains("never runs"), out);
        assertTrue(
                out.contains(
                        "==> failing.null.remote: Provisioning step had errors: Running the cleanup provisioner, if present..."),
                out);
        assertTrue(out.contains("Build 'failing.null.remote' errored after "), out);
        assertTrue(out.contains("Script exited with non-zero exit status: 3"), out);
        assertEquals("cleaning up on 127.0.0.1\n", Files.readString(remote.resolve("cleaned")));
    }

    @Test
    void machineReadableOutputIsMaskedBeforeEscaping() {
        CliRun run = build("-only=null.remote", "-machine-readable");
        assertEquals(0, run.exit(), run.out() + run.err());
        String out = run.out();
        assertTrue(
                out.lines().anyMatch(l -> l.matches("\\d+,,ui,say,==> null\\.remote: the token is <sensitive>")), out);
        assertTrue(out.contains(",null.remote,artifact,0,builder-id,fnoeding.null\n"), out);
        assertFalse(out.contains("s3cr3t"), out);
        assertFalse(out.contains("with-comma"), out);
    }

    @Test
    void expectDisconnectSurvivesADroppedConnectionAndReconnects() {
        CliRun run = build("-only=reboot.*");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("==> reboot.null.remote: dropping the connection"), run.out());
        assertTrue(run.out().contains("==> reboot.null.remote: back after reconnecting"), run.out());
    }

    @Test
    void planErrorsStopTheRunBeforeBuilding() throws Exception {
        CliRun run = CliRun.of("build", "-color=false", dir.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("Unset variable \"ssh_port\""), run.err());
        assertEquals("", run.out());
    }
}
