package dev.kiln.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kiln.runtime.communicator.ssh.SshServerExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ansible-local} and {@code ansible} end to end with real ansible-core against a real sshd on
 * 127.0.0.1: the "remote" machine is this one, so ansible-playbook is on its PATH and the test
 * reads the files the playbook wrote. The playbook uses a role, group_vars and an extra var.
 */
class BuildAnsibleTest {

    @RegisterExtension
    static final SshServerExtension SSHD = new SshServerExtension();

    @TempDir
    Path dir;

    private Path out;

    @BeforeAll
    static void ansibleIsInstalled() {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isEmpty();
        boolean installed = AnsibleCommands.onPath("ansible-playbook");
        if (ci && !installed)
            throw new IllegalStateException(
                    "CI is set but ansible-playbook is missing: scripts/test installs ansible-core");
        assumeTrue(installed, "ansible-playbook is not installed (scripts/test installs ansible-core)");
    }

    @BeforeEach
    void playbook() throws IOException {
        out = Files.createDirectories(dir.resolve("out"));
        write("ansible/site.yml", """
                - hosts: all
                  gather_facts: false
                  roles:
                    - writer
                """);
        write("ansible/fail.yml", """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - name: refuse
                      ansible.builtin.fail:
                        msg: "kiln-refused-{{ greeting }}"
                """);
        write("ansible/roles/writer/tasks/main.yml", """
                - name: write the greeting
                  ansible.builtin.copy:
                    dest: "{{ out_dir }}/greeting.txt"
                    content: "{{ greeting }} from {{ packer_build_name }} on {{ packer_builder_type }}\\n"
                - name: write where it ran
                  ansible.builtin.copy:
                    dest: "{{ out_dir }}/connection.txt"
                    content: "{{ ansible_connection }} {{ inventory_hostname }}\\n"
                """);
        // The python that runs ansible: interpreter discovery takes the first pythonX.Y on PATH, which with
        // pyenv can be a shim of a version that is not installed (and every shim costs a bash start).
        write(
                "ansible/group_vars/all.yml",
                "greeting: hello from group_vars\nansible_python_interpreter: " + AnsibleCommands.python() + "\n");
    }

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void template(String provisioner) throws IOException {
        write("main.pkr.hcl", """
                variable "ssh_port" {
                  type = number
                }
                variable "ssh_key" {
                  type = string
                }
                variable "ansible_dir" {
                  type = string
                }
                variable "out_dir" {
                  type = string
                }

                source "null" "remote" {
                  communicator         = "ssh"
                  ssh_host             = "127.0.0.1"
                  ssh_port             = var.ssh_port
                  ssh_username         = "%s"
                  ssh_private_key_file = var.ssh_key
                  ssh_timeout          = "20s"
                }

                build {
                  sources = ["source.null.remote"]

                %s
                }
                """.formatted(System.getProperty("user.name"), provisioner.indent(2)));
    }

    private CliRun build() {
        List<String> args = new ArrayList<>(List.of(
                "build",
                "-color=false",
                "-var",
                "ssh_port=" + SSHD.port(),
                "-var",
                "ssh_key=" + SSHD.key("ed25519-openssh"),
                "-var",
                "ansible_dir=" + dir.resolve("ansible"),
                "-var",
                "out_dir=" + out,
                dir.toString()));
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = Main.execute(
                new PrintWriter(stdout, true), new PrintWriter(stderr, true), true, args.toArray(String[]::new));
        return new CliRun(exit, AnsibleCommands.plain(stdout.toString()), AnsibleCommands.plain(stderr.toString()));
    }

    @Test
    void ansibleLocalRunsThePlaybookWithRoleGroupVarsAndExtraVarsOnTheMachine() throws IOException {
        Path staging = dir.resolve("staging");
        template("""
                provisioner "ansible-local" {
                  playbook_file           = "${var.ansible_dir}/site.yml"
                  role_paths              = ["${var.ansible_dir}/roles/writer"]
                  group_vars              = "${var.ansible_dir}/group_vars"
                  extra_arguments         = ["--extra-vars", "out_dir=${var.out_dir}"]
                  staging_directory       = "%s"
                  clean_staging_directory = true
                }
                """.formatted(staging));
        CliRun run = build();
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals("hello from group_vars from remote on null\n", Files.readString(out.resolve("greeting.txt")));
        assertEquals("local 127.0.0.1\n", Files.readString(out.resolve("connection.txt")));
        String text = run.out();
        assertTrue(text.contains("==> null.remote: Provisioning with Ansible...\n"), text);
        assertTrue(text.contains("==> null.remote: Uploading main Playbook file...\n"), text);
        assertTrue(text.contains("==> null.remote: Uploading role directories...\n"), text);
        assertTrue(
                text.contains("==> null.remote: Executing Ansible: cd " + staging
                        + " &&  ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1"
                        + " ansible-playbook " + staging
                        + "/site.yml --extra-vars \"packer_build_name=remote packer_builder_type=null"
                        + " packer_http_addr=ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER -o IdentitiesOnly=yes\" --extra-vars out_dir="
                        + out
                        + " -c local -i " + staging + "/packer-provisioner-ansible-local"),
                text);
        assertTrue(text.contains("TASK [writer : write the greeting]"), text);
        assertTrue(text.contains("==> null.remote: Removing staging directory...\n"), text);
        assertFalse(Files.exists(staging), "the staging directory is removed");
    }

    @Test
    void aFailingTaskFailsTheBuildAndShowsTheTaskOutput() throws IOException {
        template("""
                provisioner "ansible-local" {
                  playbook_file = "${var.ansible_dir}/fail.yml"
                  group_vars    = "${var.ansible_dir}/group_vars"
                }
                """);
        CliRun run = build();
        assertEquals(1, run.exit(), run.out() + run.err());
        String all = run.out() + run.err();
        assertTrue(all.contains("kiln-refused-hello from group_vars"), all);
        assertTrue(all.contains("Error executing Ansible: Non-zero exit status: 2"), all);
    }

    @Test
    void ansibleRunsThePlaybookThroughTheProxyAdapterWithSftp() throws IOException {
        template("""
                provisioner "ansible" {
                  playbook_file   = "${var.ansible_dir}/site.yml"
                  extra_arguments = ["--extra-vars", "out_dir=${var.out_dir}"]
                  sftp_command    = "%s -e"
                  use_sftp        = true
                }
                """.formatted(AnsibleCommands.sftpServer()));
        CliRun run = build();
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals("hello from group_vars from remote on null\n", Files.readString(out.resolve("greeting.txt")));
        assertEquals("ssh default\n", Files.readString(out.resolve("connection.txt")));
        String text = run.out();
        assertTrue(text.contains("==> null.remote: Setting up proxy adapter for Ansible....\n"), text);
        assertTrue(
                text.contains("==> null.remote: Executing Ansible: ansible-playbook -e packer_build_name=\"remote\""
                        + " -e packer_builder_type=null --ssh-extra-args '-o IdentitiesOnly=yes' --extra-vars out_dir="
                        + out
                        + " -e ansible_ssh_private_key_file=/"),
                text);
        assertTrue(text.contains("==> null.remote: TASK [writer : write the greeting]"), text);
        assertFalse(text.contains("transfer mechanism failed"), text);
    }

    @Test
    void ansibleTransfersWithScpThroughTheProxyAdapter() throws IOException {
        template("""
                provisioner "ansible" {
                  playbook_file    = "${var.ansible_dir}/site.yml"
                  extra_arguments  = ["--extra-vars", "out_dir=${var.out_dir}", "--scp-extra-args", "'-O'"]
                  ansible_env_vars = ["ANSIBLE_SSH_TRANSFER_METHOD=scp"]
                }
                """);
        CliRun run = build();
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals("hello from group_vars from remote on null\n", Files.readString(out.resolve("greeting.txt")));
        assertEquals("ssh default\n", Files.readString(out.resolve("connection.txt")));
    }

    @Test
    void ansibleWithoutTheProxyLogsInWithTheCommunicatorsHostUserAndKey() throws IOException {
        template("""
                provisioner "ansible" {
                  playbook_file   = "${var.ansible_dir}/site.yml"
                  extra_arguments = ["--extra-vars", "out_dir=${var.out_dir}"]
                  use_proxy       = false
                  groups          = ["web"]
                }
                """);
        CliRun run = build();
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals("hello from group_vars from remote on null\n", Files.readString(out.resolve("greeting.txt")));
        assertEquals("ssh default\n", Files.readString(out.resolve("connection.txt")));
        String text = run.out();
        assertTrue(
                text.contains("==> null.remote: Not using Proxy adapter for Ansible run:\n"
                        + "==> null.remote: \tUsing ssh keys from Packer communicator...\n"),
                text);
        assertFalse(text.contains("Setting up proxy adapter"), text);
    }

    @Test
    void aFailingTaskFailsTheAnsibleBuild() throws IOException {
        template("""
                provisioner "ansible" {
                  playbook_file = "${var.ansible_dir}/fail.yml"
                  sftp_command  = "%s -e"
                }
                """.formatted(AnsibleCommands.sftpServer()));
        CliRun run = build();
        assertEquals(1, run.exit(), run.out() + run.err());
        String all = run.out() + run.err();
        assertTrue(all.contains("kiln-refused-hello from group_vars"), all);
        assertTrue(all.contains("Error executing Ansible: Non-zero exit status: exit status 2"), all);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void sigintDuringAPlaybookStopsAnsibleAndClosesTheAdapter() throws Exception {
        write("ansible/slow.yml", """
                - hosts: all
                  gather_facts: false
                  tasks:
                    - name: sleep
                      ansible.builtin.command: sleep 4242
                """);
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        template("""
                provisioner "ansible" {
                  playbook_file = "${var.ansible_dir}/slow.yml"
                  sftp_command  = "%s -e"
                  local_port    = %d
                }
                """.formatted(AnsibleCommands.sftpServer(), port));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "build",
                "-color=false",
                "-var",
                "ssh_port=" + SSHD.port(),
                "-var",
                "ssh_key=" + SSHD.key("ed25519-openssh"),
                "-var",
                "ansible_dir=" + dir.resolve("ansible"),
                "-var",
                "out_dir=" + out,
                dir.toString()));
        Process kiln = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try {
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(kiln.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                boolean signalled = false;
                while ((line = reader.readLine()) != null) {
                    output.append(line).append('\n');
                    if (!signalled && line.contains("TASK [sleep]")) {
                        assertTrue(await(() -> !processes("sleep 4242").isEmpty()), "the task runs on the machine");
                        new ProcessBuilder("kill", "-INT", Long.toString(kiln.pid()))
                                .inheritIO()
                                .start()
                                .waitFor();
                        signalled = true;
                    }
                }
            } finally {
                if (!kiln.waitFor(60, TimeUnit.SECONDS)) kiln.destroyForcibly();
            }
            String text = AnsibleCommands.plain(output.toString());
            assertEquals(1, kiln.exitValue(), text);
            assertTrue(text.contains("Cancelling build after receiving interrupt"), text);
            assertTrue(text.endsWith("Cleanly cancelled builds after being interrupted.\n"), text);
            String playbook = dir.resolve("ansible/slow.yml").toString();
            assertTrue(await(() -> processes(playbook).isEmpty()), "no ansible-playbook process is left\n" + text);
            try (Socket socket = new Socket()) {
                assertThrows(
                        IOException.class,
                        () -> socket.connect(new InetSocketAddress("127.0.0.1", port), 1000),
                        "the proxy adapter's port is closed");
            }
        } finally {
            // The task's command on the "machine": sshd does not deliver signals to root's sessions, so as root the
            // closed channel leaves it running (a real machine is torn down with the build).
            processes("sleep 4242").forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Processes whose command line contains {@code text}, the test's own JVM aside. */
    private static List<ProcessHandle> processes(String text) {
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> p.info().commandLine().map(c -> c.contains(text)).orElse(false))
                .toList();
    }

    /** Whether {@code condition} holds within 20 seconds. */
    private static boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) return true;
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
