package dev.kiln.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.cli.Main;
import dev.kiln.runtime.communicator.ssh.SshServerExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The examples the README runs really build: hello locally, ssh-provision and ansible-local against a real sshd. */
class BuildExamplesTest {

    @RegisterExtension
    static final SshServerExtension SSHD = new SshServerExtension();

    private static String[] run(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), true, args);
        assertEquals(expectedExit, exit, () -> "kiln " + String.join(" ", args) + "\n" + out + err);
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void helloBuildsAndWritesItsManifest() throws Exception {
        Path manifest = Path.of("hello-manifest.json");
        try {
            String out = run(0, "build", "-color=false", "hello")[0];
            assertTrue(out.contains("==> null.hello: Hello from kiln"), out);
            assertTrue(Files.readString(manifest).contains("\"name\": \"hello\""), Files.readString(manifest));
        } finally {
            Files.deleteIfExists(manifest);
        }
    }

    @Test
    void sshProvisionProvisionsAnExistingMachine() throws Exception {
        Path manifest = Path.of("ssh-provision-manifest.json");
        Path motd = Path.of("motd.txt");
        try {
            String[] outErr = run(
                    0,
                    "build",
                    "-color=false",
                    "-var",
                    "ssh_port=" + SSHD.port(),
                    "-var",
                    "ssh_username=" + System.getProperty("user.name"),
                    "-var",
                    "ssh_private_key_file=" + SSHD.key("ed25519-openssh"),
                    "ssh-provision");
            String out = outErr[0];
            assertTrue(
                    out.contains("==> null.existing: provisioning 127.0.0.1 as " + System.getProperty("user.name")
                            + " for null.existing"),
                    out);
            assertEquals("Provisioned by kiln\n", Files.readString(motd));
            assertFalse(out.contains("Provisioned by kiln"), out);
            assertFalse(outErr[1].contains("SLF4J"), outErr[1]);
        } finally {
            Files.deleteIfExists(manifest);
            Files.deleteIfExists(motd);
        }
    }

    @Test
    void ansibleLocalRunsThePlaybookOnTheMachine() throws Exception {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isEmpty();
        boolean installed = java.util.Arrays.stream(
                        System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "ansible-playbook")));
        if (ci && !installed)
            throw new IllegalStateException("CI is set but ansible-playbook is missing: scripts/test installs it");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                installed, "ansible-playbook is not installed (scripts/test installs it)");
        Path motd = Path.of("ansible-motd.txt");
        try {
            String out = run(
                    0,
                    "build",
                    "-color=false",
                    "-var",
                    "ssh_port=" + SSHD.port(),
                    "-var",
                    "ssh_username=" + System.getProperty("user.name"),
                    "-var",
                    "ssh_private_key_file=" + SSHD.key("ed25519-openssh"),
                    "ansible-local")[0];
            assertTrue(out.contains("==> null.existing: Provisioning with Ansible..."), out);
            assertTrue(out.contains("==> null.existing: Removing staging directory..."), out);
            assertEquals("Provisioned by kiln with Ansible (existing on null)\n", Files.readString(motd));
        } finally {
            Files.deleteIfExists(motd);
            Files.deleteIfExists(Path.of("/tmp/kiln-ansible-motd"));
        }
    }
}
