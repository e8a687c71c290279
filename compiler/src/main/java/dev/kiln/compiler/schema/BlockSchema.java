package dev.kiln.compiler.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a block body may contain: arguments, nested block types and the validation rules that
 * relate them. One schema serves decoding, "did you mean" suggestions, {@code inspect}, editors
 * and generated documentation.
 */
public final class BlockSchema {

    /** A body that accepts nothing. */
    public static final BlockSchema EMPTY = builder("").build();

    private final String description;
    private final Map<String, AttributeSchema> attributes;
    private final Map<String, BlockTypeSchema> blockTypes;
    private final List<ConfigRule> rules;

    private BlockSchema(
            String description,
            Map<String, AttributeSchema> attributes,
            Map<String, BlockTypeSchema> blockTypes,
            List<ConfigRule> rules) {
        this.description = description;
        this.attributes = attributes;
        this.blockTypes = blockTypes;
        this.rules = List.copyOf(rules);
    }

    /** Starts a schema with a one-line description of the block it describes. */
    public static Builder builder(String description) {
        return new Builder(description);
    }

    /** A copy of this schema to extend (a builder's schema plus the communicator's, for example). */
    public Builder toBuilder() {
        Builder b = new Builder(description);
        b.attributes.putAll(attributes);
        b.blockTypes.putAll(blockTypes);
        b.rules.addAll(rules);
        return b;
    }

    /** This schema with no argument required, for reading one part of a merged body. */
    public BlockSchema withoutRequired() {
        Builder b = toBuilder();
        for (AttributeSchema a : attributes.values()) {
            b.attribute(a.asOptional());
        }
        return b.build();
    }

    /** One line saying what the block is for. */
    public String description() {
        return description;
    }

    /** The arguments, in declaration order. */
    public List<AttributeSchema> attributes() {
        return List.copyOf(attributes.values());
    }

    /** The nested block types, in declaration order. */
    public List<BlockTypeSchema> blockTypes() {
        return List.copyOf(blockTypes.values());
    }

    /** The validation rules, run in order once the values are known. */
    public List<ConfigRule> rules() {
        return rules;
    }

    /** The argument called {@code name}. */
    public Optional<AttributeSchema> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** The nested block type called {@code type}. */
    public Optional<BlockTypeSchema> blockType(String type) {
        return Optional.ofNullable(blockTypes.get(type));
    }

    /** The names of every argument. */
    public List<String> attributeNames() {
        return List.copyOf(attributes.keySet());
    }

    /** The names of every nested block type. */
    public List<String> blockTypeNames() {
        return List.copyOf(blockTypes.keySet());
    }

    /** Collects a schema; later definitions of a name replace earlier ones. */
    public static final class Builder {
        private final String description;
        private final Map<String, AttributeSchema> attributes = new LinkedHashMap<>();
        private final Map<String, BlockTypeSchema> blockTypes = new LinkedHashMap<>();
        private final List<ConfigRule> rules = new ArrayList<>();

        private Builder(String description) {
            this.description = description == null ? "" : description;
        }

        /** Adds an argument. */
        public Builder attribute(AttributeSchema attribute) {
            attributes.put(attribute.name(), attribute);
            return this;
        }

        /** Adds every argument and block type of {@code other} (its rules too). */
        public Builder include(BlockSchema other) {
            attributes.putAll(other.attributes);
            blockTypes.putAll(other.blockTypes);
            rules.addAll(other.rules);
            return this;
        }

        /** Adds a nested block type. */
        public Builder block(BlockTypeSchema blockType) {
            blockTypes.put(blockType.type(), blockType);
            return this;
        }

        /** Adds a validation rule. */
        public Builder rule(ConfigRule rule) {
            rules.add(rule);
            return this;
        }

        /** The schema. */
        public BlockSchema build() {
            return new BlockSchema(
                    description, new LinkedHashMap<>(attributes), new LinkedHashMap<>(blockTypes), rules);
        }
    }
}
