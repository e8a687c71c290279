package dev.kiln.runtime.builder.amazon;

import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.runtime.plugin.GoTemplate;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.ec2.model.Filter;

/** Reads the amazon-ebs options that need more than one accessor call: tag maps, filters, string lists. */
final class EbsOptions {

    private EbsOptions() {}

    /** The strings of a list option. */
    static List<String> strings(ConfigView config, String name) {
        List<String> out = new ArrayList<>();
        for (Value v : config.elements(name)) {
            if (v.unmarkDeep() instanceof StringValue s) out.add(s.value());
        }
        return out;
    }

    /** A map option ({@code tags}) merged with its repeatable block ({@code tag { key value }}), in name order. */
    static Map<String, String> tags(ConfigView config, String mapName, String blockName) {
        Map<String, String> tags = new TreeMap<>(stringMap(config, mapName));
        for (ConfigView block : config.blocks(blockName)) {
            block.string("key").ifPresent(k -> tags.put(k, block.string("value").orElse("")));
        }
        return tags;
    }

    /** A {@code map(string)} option. */
    static Map<String, String> stringMap(ConfigView config, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        Value value = config.value(name).unmarkDeep();
        Map<String, Value> entries =
                value instanceof MapValue m ? m.entries() : value instanceof ObjectValue o ? o.attributes() : Map.of();
        entries.forEach((k, v) -> {
            if (v instanceof StringValue s) out.put(k, s.value());
        });
        return out;
    }

    /** The EC2 filters of a filter block: its {@code filters} map and its {@code filter { name values }} blocks. */
    static List<Filter> filters(ConfigView block) {
        List<Filter> filters = new ArrayList<>();
        new TreeMap<>(stringMap(block, "filters"))
                .forEach(
                        (k, v) -> filters.add(Filter.builder().name(k).values(v).build()));
        for (ConfigView f : block.blocks("filter")) {
            f.string("name")
                    .ifPresent(n -> filters.add(Filter.builder()
                            .name(n)
                            .values(strings(f, "values"))
                            .build()));
        }
        return filters;
    }

    /** Filters as errors show them: {@code name=value,value; ...}. */
    static String describe(List<Filter> filters) {
        List<String> parts = new ArrayList<>();
        for (Filter f : filters) parts.add(f.name() + "=" + String.join(",", f.values()));
        return String.join("; ", parts);
    }

    /** Tags with Packer's template variables ({@code {{ .SourceAMI }}}, {@code {{ .BuildRegion }}} ...) rendered. */
    static Map<String, String> render(Map<String, String> tags, Map<String, String> data)
            throws GoTemplate.TemplateException {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : tags.entrySet())
            out.put(render(e.getKey(), data), render(e.getValue(), data));
        return out;
    }

    /** One option's text with the template variables in {@code data} and Packer's {@code {{timestamp}}} rendered. */
    static String render(String template, Map<String, String> data) throws GoTemplate.TemplateException {
        return GoTemplate.render(
                template,
                data,
                Map.of("timestamp", () -> Long.toString(java.time.Instant.now().getEpochSecond())));
    }
}
