package dev.kiln.runtime;

import dev.kiln.compiler.schema.PluginKind;
import dev.kiln.compiler.schema.PluginSchemas;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The component types of Packer itself and of its widely used plugins, with where each comes from
 * ({@code github.com/hashicorp/amazon}, or Packer's core). With it an unknown type reads as what it
 * is: a component kiln does not provide, not the user's typo; and {@code kiln init} can say which
 * {@code required_plugins} kiln provides built in.
 */
public final class PackerComponents {

    /** Where a component comes from: a plugin source address, or {@link #CORE} for Packer's own. */
    public record Origin(String source) {
        /** Whether the component is part of Packer itself rather than a plugin. */
        public boolean core() {
            return source.equals(CORE);
        }
    }

    /** The origin of components built into Packer. */
    public static final String CORE = PluginSchemas.PACKER_CORE;

    private static final Map<PluginKind, Map<String, String>> ORIGINS = origins();

    private static Map<PluginKind, Map<String, String>> origins() {
        Map<PluginKind, Map<String, String>> m = new EnumMap<>(PluginKind.class);
        builders(
                m,
                "github.com/hashicorp/amazon",
                "amazon-ebs",
                "amazon-chroot",
                "amazon-ebssurrogate",
                "amazon-ebsvolume",
                "amazon-instance");
        builders(m, "github.com/hashicorp/azure", "azure-arm", "azure-chroot", "azure-dtl");
        builders(m, "github.com/hashicorp/googlecompute", "googlecompute");
        builders(m, "github.com/hashicorp/docker", "docker");
        builders(m, "github.com/hashicorp/qemu", "qemu");
        builders(m, "github.com/hashicorp/virtualbox", "virtualbox-iso", "virtualbox-ovf", "virtualbox-vm");
        builders(m, "github.com/hashicorp/vmware", "vmware-iso", "vmware-vmx");
        builders(m, "github.com/hashicorp/vsphere", "vsphere-iso", "vsphere-clone", "vsphere-supervisor");
        builders(m, "github.com/hashicorp/hyperv", "hyperv-iso", "hyperv-vmcx");
        builders(m, "github.com/hashicorp/parallels", "parallels-iso", "parallels-pvm");
        builders(m, "github.com/hashicorp/proxmox", "proxmox-iso", "proxmox-clone");
        builders(m, "github.com/hashicorp/vagrant", "vagrant");
        builders(m, "github.com/hashicorp/lxd", "lxd");
        builders(m, "github.com/hashicorp/lxc", "lxc");
        builders(m, "github.com/hashicorp/openstack", "openstack");
        builders(m, "github.com/hashicorp/oracle", "oracle-oci", "oracle-classic");
        builders(m, "github.com/hashicorp/alicloud", "alicloud-ecs");
        builders(m, "github.com/hashicorp/tencentcloud", "tencentcloud-cvm");
        builders(m, "github.com/hashicorp/cloudstack", "cloudstack");
        builders(m, "github.com/digitalocean/digitalocean", "digitalocean");
        builders(m, "github.com/hetznercloud/hcloud", "hcloud");
        builders(m, "github.com/scaleway/scaleway", "scaleway");
        builders(m, "github.com/linode/linode", "linode");
        builders(m, CORE, "null", "file");
        provisioners(m, "github.com/hashicorp/ansible", "ansible", "ansible-local");
        provisioners(m, "github.com/hashicorp/chef", "chef-solo", "chef-client");
        provisioners(m, "github.com/hashicorp/puppet", "puppet-masterless", "puppet-server");
        provisioners(m, "github.com/hashicorp/saltstack", "salt-masterless");
        provisioners(m, "github.com/hashicorp/converge", "converge");
        provisioners(m, "github.com/hashicorp/inspec", "inspec");
        provisioners(m, "github.com/rgl/windows-update", "windows-update");
        provisioners(
                m,
                CORE,
                "shell",
                "shell-local",
                "file",
                "breakpoint",
                "sleep",
                "powershell",
                "windows-shell",
                "windows-restart",
                "hcp-sbom");
        postProcessors(m, "github.com/hashicorp/docker", "docker-import", "docker-push", "docker-save", "docker-tag");
        postProcessors(m, "github.com/hashicorp/vagrant", "vagrant", "vagrant-cloud", "vagrant-registry");
        postProcessors(m, "github.com/hashicorp/amazon", "amazon-import");
        postProcessors(m, "github.com/hashicorp/googlecompute", "googlecompute-export", "googlecompute-import");
        postProcessors(m, "github.com/hashicorp/vsphere", "vsphere", "vsphere-template");
        postProcessors(m, "github.com/digitalocean/digitalocean", "digitalocean-import");
        postProcessors(m, CORE, "manifest", "checksum", "compress", "artifice", "shell-local");
        dataSources(m, "github.com/hashicorp/amazon", "amazon-ami", "amazon-parameterstore", "amazon-secretsmanager");
        dataSources(
                m,
                CORE,
                "null",
                "http",
                "hcp-packer-version",
                "hcp-packer-artifact",
                "hcp-packer-image",
                "hcp-packer-iteration");
        Map<PluginKind, Map<String, String>> frozen = new EnumMap<>(PluginKind.class);
        m.forEach((kind, types) -> frozen.put(kind, Map.copyOf(types)));
        return java.util.Collections.unmodifiableMap(frozen);
    }

    private PackerComponents() {}

    /** Where component {@code type} of {@code kind} comes from in Packer, if it is one Packer users have. */
    public static Optional<Origin> origin(PluginKind kind, String type) {
        return Optional.ofNullable(ORIGINS.getOrDefault(kind, Map.of()).get(type))
                .map(Origin::new);
    }

    /** The component types kiln has ({@code plugins}) that come from the plugin at {@code source}, sorted. */
    public static List<String> provided(PluginSchemas plugins, String source) {
        java.util.SortedSet<String> found = new java.util.TreeSet<>();
        for (PluginKind kind : PluginKind.values()) {
            for (String type : plugins.types(kind)) {
                if (origin(kind, type).map(o -> o.source().equals(source)).orElse(false)) found.add(type);
            }
        }
        return List.copyOf(found);
    }

    private static void builders(Map<PluginKind, Map<String, String>> m, String source, String... types) {
        add(m, PluginKind.BUILDER, source, types);
    }

    private static void provisioners(Map<PluginKind, Map<String, String>> m, String source, String... types) {
        add(m, PluginKind.PROVISIONER, source, types);
    }

    private static void postProcessors(Map<PluginKind, Map<String, String>> m, String source, String... types) {
        add(m, PluginKind.POST_PROCESSOR, source, types);
    }

    private static void dataSources(Map<PluginKind, Map<String, String>> m, String source, String... types) {
        add(m, PluginKind.DATA_SOURCE, source, types);
    }

    private static void add(Map<PluginKind, Map<String, String>> m, PluginKind kind, String source, String... types) {
        Map<String, String> byType = m.computeIfAbsent(kind, k -> new HashMap<>());
        for (String type : types) byType.put(type, source);
    }
}
