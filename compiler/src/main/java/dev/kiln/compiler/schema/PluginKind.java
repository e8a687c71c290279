package dev.kiln.compiler.schema;

/** The kinds of plugin component a template configures, with the words Packer uses for them. */
public enum PluginKind {
    BUILDER("source", "builders"),
    PROVISIONER("provisioner", "provisioners"),
    POST_PROCESSOR("post-processor", "post-processors"),
    DATA_SOURCE("data", "data sources");

    private final String blockType;
    private final String plural;

    PluginKind(String blockType, String plural) {
        this.blockType = blockType;
        this.plural = plural;
    }

    /** The block type that configures one ({@code source}, {@code provisioner} ...). */
    public String blockType() {
        return blockType;
    }

    /** The plural used in "known ..." lists. */
    public String plural() {
        return plural;
    }
}
