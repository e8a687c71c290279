package dev.kiln.compiler.config;

import dev.kiln.compiler.diag.DiagnosticKind;

/**
 * The diagnostics of dev.kiln.compiler.config: each kind's stable code (see docs/diagnostics.md) and
 * its summary, with {@code %s} where it names something.
 */
public enum ConfigDiagnostics implements DiagnosticKind {
    BUILD_LEVEL_HCP_REGISTRY_DEPRECATED(
            "config.build-level-hcp-registry-deprecated", "Build block level hcp_packer_registry are deprecated"),
    CANNOT_READ("config.cannot-read", "Cannot read %s"),
    DUPLICATE_ARGUMENT("config.duplicate-argument", "Duplicate argument"),
    DUPLICATE_DATA_BLOCK("config.duplicate-data-block", "Duplicate data block"),
    DUPLICATE_LOCAL_DEFINITION("config.duplicate-local-definition", "Duplicate local definition"),
    DUPLICATE_SOURCE_BLOCK("config.duplicate-source-block", "Duplicate source block"),
    DUPLICATE_VARIABLE("config.duplicate-variable", "Duplicate variable"),
    HCP_PACKER_REGISTRY_IS_NOT_SUPPORTED(
            "config.hcp-packer-registry-is-not-supported", "HCP Packer registry is not supported"),
    INVALID_DATA_RESOURCE_NAME("config.invalid-data-resource-name", "Invalid data resource name"),
    INVALID_DATA_SOURCE_NAME("config.invalid-data-source-name", "Invalid data source name"),
    INVALID_LOCAL_NAME("config.invalid-local-name", "Invalid local name"),
    INVALID_PLUGIN_REQUIREMENT("config.invalid-plugin-requirement", "Invalid plugin requirement"),
    INVALID_REQUIRED_PLUGINS_OBJECT("config.invalid-required-plugins-object", "Invalid required_plugins object"),
    INVALID_SOURCE_REFERENCE("config.invalid-source-reference", "Invalid source reference"),
    INVALID_VARIABLE_NAME("config.invalid-variable-name", "Invalid variable name"),
    INVALID_VERSION_CONSTRAINT("config.invalid-version-constraint", "Invalid version constraint"),
    MISSING_SOURCE_REFERENCE("config.missing-source-reference", "Missing source reference"),
    MULTIPLE_HCP_PACKER_REGISTRY_BLOCK_DECLARATION(
            "config.multiple-hcp-packer-registry-block-declaration", "Multiple HCP Packer registry block declaration"),
    NOT_A_TEMPLATE_TO_RENDER("config.not-a-template-to-render", "Not a template to render"),
    NO_CONFIG_FILES("config.no-config-files", "Could not find any config file in %s"),
    NO_SOURCE_WAS_SET("config.no-source-was-set", "No source was set"),
    NO_TEMPLATES_TO_RENDER("config.no-templates-to-render", "No templates to render in %s"),
    NO_VERSION_CONSTRAINT_WAS_SET("config.no-version-constraint-was-set", "No version constraint was set"),
    ONLY_AND_EXCEPT("config.only-and-except", "Only one of 'only' or 'except' may be specified"),
    ONLY_ONE_ERROR_CLEANUP_PROVISIONER_IS_ALLOWED(
            "config.only-one-error-cleanup-provisioner-is-allowed", "Only one error-cleanup-provisioner is allowed"),
    ONLY_ONE_HCP_PACKER_REGISTRY_IS_ALLOWED(
            "config.only-one-hcp-packer-registry-is-allowed", "Only one hcp_packer_registry is allowed"),
    UNKNOWN_DATA_TYPE("config.unknown-data-type", "Unknown data type %s"),
    UNKNOWN_PLUGIN_TYPE("config.unknown-plugin-type", "Unknown %s type \"%s\""),
    UNKNOWN_SOURCE("config.unknown-source", "Unknown source %s"),
    UNKNOWN_SOURCE_TYPE("config.unknown-source-type", "Unknown source type %s"),
    UNSUPPORTED_PACKER_CORE_VERSION("config.unsupported-packer-core-version", "Unsupported Packer Core version");

    private final String code;
    private final String summary;

    ConfigDiagnostics(String code, String summary) {
        this.code = code;
        this.summary = summary;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String summary() {
        return summary;
    }
}
