package dev.kiln.runtime.provisioner.ansiblelocal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.communicator.FakeCommunicator;
import dev.kiln.runtime.plugin.PluginConfigException;
import dev.kiln.runtime.plugin.PluginFailure;
import dev.kiln.runtime.plugin.RecordingUi;
import dev.kiln.runtime.plugin.TestConfigs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ansible-local over an in-memory machine: what is uploaded where, and the commands the plugin runs. */
class StagedPlaybookRunTest {

    @TempDir
    Path dir;

    private AnsibleLocalConfig config(String hcl) throws PluginConfigException {
        return AnsibleLocalConfig.decode(TestConfigs.values(AnsibleLocalSchema.SCHEMA, hcl), "run-id");
    }

    private Path file(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static List<String> commands(FakeCommunicator machine) {
        return machine.log().stream()
                .filter(l -> l.startsWith("exec: "))
                .map(l -> l.substring(6))
                .toList();
    }

    @Test
    void checksLocalFilesAndDirectoriesWithThePluginsMessages() throws IOException {
        file("notadir", "x");
        PluginConfigException e = assertThrows(PluginConfigException.class, () -> config("""
                playbook_file    = "%1$s/missing.yml"
                group_vars       = "%1$s/notadir"
                role_paths       = ["%1$s/roles/none"]
                galaxy_file      = "%1$s"
                """.formatted(dir)));
        assertEquals(
                List.of(
                        "playbook_file: " + dir + "/missing.yml is invalid: stat " + dir
                                + "/missing.yml: no such file or directory",
                        "galaxy_file: " + dir + " must point to a file",
                        "group_vars: " + dir + "/notadir must point to a directory",
                        "role_paths: " + dir + "/roles/none is invalid: stat " + dir
                                + "/roles/none: no such file or directory"),
                e.errors());
    }

    @Test
    void schemaRulesHaveThePluginsMessages() {
        assertEquals(
                List.of("Either playbook_file or playbook_files must be specified"),
                TestConfigs.problems(AnsibleLocalSchema.SCHEMA, ""));
        assertEquals(
                List.of("Either playbook_file or playbook_files can be specified, not both"),
                TestConfigs.problems(AnsibleLocalSchema.SCHEMA, "playbook_file = \"a\"\nplaybook_files = [\"b\"]\n"));
    }

    @Test
    void defaultsStageUnderTmpAndRunAgainstLocalhost() throws Exception {
        Path playbook = file("site.yml", "- hosts: all\n");
        FakeCommunicator machine = new FakeCommunicator();
        RecordingUi ui = new RecordingUi();
        new StagedPlaybookRun(config("playbook_file = \"" + playbook + "\"\n"), ui, machine)
                .provision(Map.of(), "web", "amazon-ebs");
        String staging = "/tmp/packer-provisioner-ansible-local/run-id";
        List<String> commands = commands(machine);
        assertEquals("mkdir -p '" + staging + "'", commands.get(0));
        String inventory = machine.files().keySet().stream()
                .filter(f -> f.contains("/packer-provisioner-ansible-local"))
                .filter(f -> !f.endsWith("site.yml"))
                .findFirst()
                .orElseThrow();
        assertEquals("127.0.0.1", machine.files().get(inventory).text());
        assertEquals(
                "cd " + staging + " &&  ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook " + staging
                        + "/site.yml --extra-vars \"packer_build_name=web packer_builder_type=amazon-ebs"
                        + " packer_http_addr=ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER -o IdentitiesOnly=yes\"  -c local -i "
                        + inventory,
                commands.get(1));
        assertEquals(2, commands.size(), "the staging directory stays unless clean_staging_directory");
        assertEquals(
                List.of(
                        "say: Provisioning with Ansible...",
                        "say: Creating Ansible staging directory...",
                        "say: Creating directory: " + staging,
                        "say: Uploading main Playbook file...",
                        "say: Uploading inventory file...",
                        "say: Executing Ansible: " + commands.get(1)),
                ui.lines());
    }

    @Test
    void uploadsEveryDirectoryKindAndRunsGalaxyAndEachPlaybook() throws Exception {
        file("ansible/site.yml", "- hosts: all\n");
        Path outside = file("extra/other.yml", "- hosts: all\n");
        file("ansible/roles/web/tasks/main.yml", "- debug: {}\n");
        file("vars/host_vars/127.0.0.1.yml", "a: 1\n");
        file("books/more/x.yml", "- hosts: all\n");
        file("colls/ns/c/galaxy.yml", "name: c\n");
        Path galaxy = file("requirements.yml", "collections:\n  - name: community.general\nroles:\n  - name: x\n");
        FakeCommunicator machine = new FakeCommunicator();
        new StagedPlaybookRun(config("""
                playbook_dir            = "%1$s/ansible"
                playbook_files          = ["%1$s/ansible/site.yml", "%2$s"]
                host_vars               = "%1$s/vars/host_vars"
                playbook_paths          = ["%1$s/books/more"]
                collection_paths        = ["%1$s/colls/ns"]
                galaxy_file             = "%3$s"
                galaxy_force_install    = true
                inventory_groups        = ["web", "db"]
                staging_directory       = "/stage"
                clean_staging_directory = true
                extra_arguments         = ["--tags", "x"]
                """.formatted(dir, outside, galaxy)), new RecordingUi(), machine)
                .provision(Map.of("PackerHTTPAddr", "10.0.0.1:8080"), "web", "null");
        List<String> commands = commands(machine);
        String extra = " --extra-vars \"packer_build_name=web packer_builder_type=null packer_http_addr=10.0.0.1:8080"
                + " -o IdentitiesOnly=yes\" --tags x";
        String inventory = machine.files().keySet().stream()
                .filter(f -> f.startsWith("/stage/packer-provisioner-ansible-local"))
                .findFirst()
                .orElseThrow();
        String env = " ANSIBLE_COLLECTIONS_PATH=$ANSIBLE_COLLECTIONS_PATH:/stage/galaxy_collections:/stage/collections"
                + " ANSIBLE_ROLES_PATH=$ANSIBLE_ROLES_PATH:/stage/galaxy_roles";
        assertEquals(
                List.of(
                        "mkdir -p '/stage'",
                        "mkdir -p '/stage" + outside.getParent() + "'",
                        "mkdir -p '/stage/host_vars'",
                        "mkdir -p '/stage/collections/ns'",
                        "mkdir -p '/stage/playbooks'",
                        "mkdir -p '/stage/playbooks/more'",
                        "cd /stage && ansible-galaxy install -r /stage/requirements.yml -p /stage/galaxy_roles -f",
                        "cd /stage && ansible-galaxy collection install -r /stage/requirements.yml -p /stage/galaxy_collections -f",
                        "cd /stage && " + env
                                + " ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook /stage/site.yml" + extra
                                + " -c local -i " + inventory,
                        "cd /stage && " + env + " ANSIBLE_FORCE_COLOR=1 PYTHONUNBUFFERED=1 ansible-playbook /stage"
                                + outside + extra + " -c local -i " + inventory,
                        "rm -rf '/stage'"),
                commands);
        assertEquals(
                "[web]\n127.0.0.1\n[db]\n127.0.0.1\n",
                machine.files().get(inventory).text());
        List<String> files = new ArrayList<>(machine.files().keySet());
        for (String expected : List.of(
                "/stage/site.yml",
                "/stage/roles/web/tasks/main.yml",
                "/stage" + outside,
                "/stage/host_vars/127.0.0.1.yml",
                "/stage/playbooks/more/x.yml",
                "/stage/collections/ns/c/galaxy.yml",
                "/stage/requirements.yml")) {
            assertTrue(files.contains(expected), expected + " in " + files);
        }
    }

    @Test
    void aMissingAnsiblePlaybookAndAFailingPlaybookHaveThePluginsErrors() throws Exception {
        Path playbook = file("site.yml", "- hosts: all\n");
        for (int status : new int[] {127, 2}) {
            FakeCommunicator machine = new FakeCommunicator()
                    .shell((command, m, output) -> command.contains(" -c local -i ") ? status : 0);
            PluginFailure e = assertThrows(
                    PluginFailure.class,
                    () -> new StagedPlaybookRun(
                                    config("playbook_file = \"" + playbook + "\"\ncommand = \"ap\"\n"),
                                    new RecordingUi(),
                                    machine)
                            .provision(Map.of(), "web", "null"));
            assertEquals(
                    status == 127
                            ? "Error executing Ansible: ap could not be found. Verify that it is available on the\n"
                                    + "PATH after connecting to the machine."
                            : "Error executing Ansible: Non-zero exit status: 2",
                    e.getMessage());
        }
    }
}
