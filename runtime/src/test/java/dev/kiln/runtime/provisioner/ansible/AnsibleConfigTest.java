package dev.kiln.runtime.provisioner.ansible;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.plugin.TestConfigs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ansible provisioner's options, checks, inventory and command line, as the plugin has them. */
class AnsibleConfigTest {

    @TempDir
    Path dir;

    private AnsibleConfig config(String hcl) throws Exception {
        return AnsibleConfig.decode(TestConfigs.values(AnsibleSchema.SCHEMA, hcl), "builder");
    }

    private Path playbook() throws IOException {
        return Files.writeString(dir.resolve("site.yml"), "- hosts: all\n");
    }

    @Test
    void defaultsAndTheEnvironmentPrepareAdds() throws Exception {
        AnsibleConfig c = config("playbook_file = \"" + playbook() + "\"\nskip_version_check = true\n");
        assertEquals("ansible-playbook", c.command());
        assertEquals("default", c.hostAlias());
        assertEquals("builder", c.user());
        assertTrue(c.userWasEmpty());
        assertTrue(c.useProxy());
        assertEquals("ECDSA", c.keyType());
        assertEquals("/usr/lib/sftp-server -e", c.sftpCommand());
        assertEquals(List.of("ANSIBLE_HOST_KEY_CHECKING=False", "ANSIBLE_SCP_IF_SSH=True"), c.ansibleEnvVars());
        assertEquals(0, c.ansibleMajorVersion(), "not checked");

        AnsibleConfig sftp =
                config("playbook_file = \"" + playbook() + "\"\nskip_version_check = true\nuse_sftp = true\n"
                        + "use_proxy = false\nansible_env_vars = [\"A=1\"]\nansible_proxy_key_type = \"rsa\"\n");
        assertEquals(List.of("A=1", "ANSIBLE_HOST_KEY_CHECKING=False"), sftp.ansibleEnvVars());
        assertFalse(sftp.useProxy());
        assertEquals("RSA", sftp.keyType());
    }

    @Test
    void theVersionCheckReadsAnsiblesMajorVersion() throws Exception {
        Path fake = dir.resolve("fake-ansible-playbook");
        Files.writeString(fake, "#!/bin/sh\necho 'ansible-playbook [core 2.19.14]'\n");
        fake.toFile().setExecutable(true);
        assertEquals(
                2,
                config("playbook_file = \"" + playbook() + "\"\ncommand = \"" + fake + "\"\n")
                        .ansibleMajorVersion());
        PluginConfigException e = assertThrows(
                PluginConfigException.class,
                () -> config("playbook_file = \"" + playbook() + "\"\ncommand = \"no-such-ansible-kiln\"\n"));
        assertEquals(
                List.of(
                        "Error running \"no-such-ansible-kiln --version\": exec: \"no-such-ansible-kiln\": executable file"
                                + " not found in $PATH"),
                e.errors());
    }

    @Test
    void localFilesAreCheckedWithThePluginsMessages() {
        PluginConfigException e = assertThrows(PluginConfigException.class, () -> config("""
                playbook_file           = "%1$s/none.yml"
                ssh_authorized_key_file = "%1$s"
                inventory_directory     = "%1$s/inv"
                skip_version_check      = true
                """.formatted(dir)));
        assertEquals(
                List.of(
                        "playbook_file: " + dir + "/none.yml is invalid: stat " + dir
                                + "/none.yml: no such file or directory",
                        "ssh_authorized_key_file: " + dir + " must point to a file",
                        "inventory_directory: " + dir + "/inv is invalid: stat " + dir
                                + "/inv: no such file or directory"),
                e.errors());
    }

    @Test
    void schemaRules() {
        assertEquals(List.of("playbook_file must be specified."), TestConfigs.problems(AnsibleSchema.SCHEMA, ""));
        assertEquals(
                List.of("local_port: 70000 must be a valid port"),
                TestConfigs.problems(AnsibleSchema.SCHEMA, "playbook_file = \"a\"\nlocal_port = 70000\n"));
        assertEquals(
                List.of("Invalid value for ansible_proxy_key_type: \"DSA\". Supported values are ECDSA or RSA."),
                TestConfigs.problems(
                        AnsibleSchema.SCHEMA, "playbook_file = \"a\"\nansible_proxy_key_type = \"dsa\"\n"));
    }

    @Test
    void inventoryHasTheHostLineThenGroupsThenEmptyGroups() throws Exception {
        Map<String, String> data = Map.of("HostAlias", "default", "Host", "127.0.0.1", "User", "me", "Port", "2200");
        assertEquals(
                "default ansible_host=127.0.0.1 ansible_user=me ansible_port=2200\n"
                        + "[web]\ndefault ansible_host=127.0.0.1 ansible_user=me ansible_port=2200\n[empty]\n",
                InventoryFile.text(InventoryFile.DEFAULT_TEMPLATE_V2, data, List.of("web"), List.of("empty")));
        assertEquals(
                "default ansible_ssh_host=127.0.0.1 ansible_ssh_user=me ansible_ssh_port=2200\n",
                InventoryFile.text(InventoryFile.DEFAULT_TEMPLATE_V1, data, List.of(), List.of()));
    }

    @Test
    void commandLineAsThePluginBuildsIt() throws Exception {
        AnsibleConfig c = config("playbook_file = \"" + playbook() + "\"\nskip_version_check = true\n");
        AnsibleArguments proxied = AnsibleArguments.of(
                c,
                List.of("--tags", "db_password=hunter2"),
                c.ansibleEnvVars(),
                "web \"1\"",
                "amazon-ebs",
                AnsibleArguments.HTTP_ADDR_NOT_IMPLEMENTED,
                "ssh",
                "/tmp/inv",
                "/p/site.yml",
                "/tmp/key");
        assertEquals(
                List.of(
                        "-e",
                        "packer_build_name=\"web \\\"1\\\"\"",
                        "-e",
                        "packer_builder_type=amazon-ebs",
                        "--ssh-extra-args",
                        "'-o IdentitiesOnly=yes'",
                        "--tags",
                        "db_password=hunter2",
                        "-e",
                        "ansible_ssh_private_key_file=/tmp/key",
                        "-i",
                        "/tmp/inv",
                        "/p/site.yml"),
                proxied.args());
        assertEquals(
                "ansible-playbook --tags db_password=*****",
                AnsibleArguments.sanitized(
                        "ansible-playbook --tags db_password=hunter2", List.of("db_password=hunter2"), Map.of()));

        AnsibleConfig extra = config("playbook_file = \"" + playbook() + "\"\nskip_version_check = true\n"
                + "ansible_ssh_extra_args = [\"-o A=1\", \"-o B=2\"]\n");
        AnsibleArguments password = AnsibleArguments.of(
                extra,
                List.of("-e", "ansible_password=x"),
                extra.ansibleEnvVars(),
                "",
                "null",
                "10.0.0.1:80",
                "ssh",
                "/tmp/inv",
                "/p/site.yml",
                "/tmp/key");
        assertEquals(
                List.of(
                        "-e",
                        "packer_builder_type=null",
                        "-e",
                        "packer_http_addr=10.0.0.1:80",
                        "--ssh-extra-args",
                        "'-o A=1' '-o B=2'",
                        "-e",
                        "ansible_password=x",
                        "-i",
                        "/tmp/inv",
                        "/p/site.yml"),
                password.args(),
                "a password instead of the key; host key checking is already off in the environment");
    }
}
