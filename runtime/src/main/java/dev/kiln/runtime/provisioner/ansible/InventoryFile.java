package dev.kiln.runtime.provisioner.ansible;

import dev.kiln.runtime.plugin.GoTemplate;
import dev.kiln.runtime.plugin.PluginFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The inventory the {@code ansible} provisioner generates: one host line (from
 * {@code inventory_file_template} or the default for the ansible version), then each of
 * {@code groups} with the same line under it, then each of {@code empty_groups} alone.
 */
public final class InventoryFile {

    /** The host line for ansible 2 and later. */
    public static final String DEFAULT_TEMPLATE_V2 =
            "{{ .HostAlias }} ansible_host={{ .Host }} ansible_user={{ .User }} ansible_port={{ .Port }}\n";

    /** The host line the plugin uses when the version is below 2 (or was not checked). */
    public static final String DEFAULT_TEMPLATE_V1 =
            "{{ .HostAlias }} ansible_ssh_host={{ .Host }} ansible_ssh_user={{ .User }} ansible_ssh_port={{ .Port }}\n";

    private InventoryFile() {}

    /** The inventory's text for a host line rendered from {@code template} with {@code data}. */
    public static String text(String template, Map<String, String> data, List<String> groups, List<String> emptyGroups)
            throws PluginFailure {
        String host;
        try {
            host = GoTemplate.render(template, data);
        } catch (GoTemplate.TemplateException e) {
            throw new PluginFailure("Error generating inventory file from template: " + e.getMessage());
        }
        StringBuilder text = new StringBuilder(host);
        for (String group : groups) text.append('[').append(group).append("]\n").append(host);
        for (String group : emptyGroups) text.append('[').append(group).append("]\n");
        return text.toString();
    }

    /** Writes {@code text} to a new {@code packer-provisioner-ansible*} file in {@code directory} (empty: the temp directory). */
    public static Path write(String directory, String text) throws PluginFailure {
        try {
            Path file = directory.isEmpty()
                    ? Files.createTempFile("packer-provisioner-ansible", "")
                    : Files.createTempFile(Path.of(directory), "packer-provisioner-ansible", "");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new PluginFailure("Error preparing inventory file: " + e.getMessage(), e);
        }
    }
}
