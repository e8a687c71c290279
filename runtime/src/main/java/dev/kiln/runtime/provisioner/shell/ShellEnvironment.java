package dev.kiln.runtime.provisioner.shell;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The environment the shell provisioners give a script, flattened into the text that
 * {@code {{.Vars}}} expands to: Packer's own variables, then {@code environment_vars}, then
 * {@code env} (which wins), sorted by name, each written with {@code env_var_format} and single
 * quotes in values escaped for the default {@code %s='%s' } format.
 */
public record ShellEnvironment(Map<String, String> variables) {

    /** What builders report when they run no HTTP server; such values are left out, as Packer does. */
    private static final List<String> NOT_IMPLEMENTED = List.of(
            "ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER",
            "ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER",
            "ERR_HTTP_PORT_NOT_IMPLEMENTED_BY_BUILDER");

    /** Sorted, as Packer sorts them before flattening. */
    public ShellEnvironment {
        variables = Map.copyOf(new TreeMap<>(variables));
    }

    /**
     * The environment for a build: {@code PACKER_BUILD_NAME}, {@code PACKER_BUILDER_TYPE}, the
     * {@code PACKER_HTTP_*} values found in {@code generated}, {@code environmentVars}
     * ({@code KEY=VALUE}, already validated) and {@code env}.
     */
    public static ShellEnvironment of(
            String buildName,
            String builderType,
            Map<String, String> generated,
            List<String> environmentVars,
            Map<String, String> env) {
        Map<String, String> vars = new TreeMap<>();
        vars.put("PACKER_BUILD_NAME", buildName);
        vars.put("PACKER_BUILDER_TYPE", builderType);
        httpVariable(generated, "PackerHTTPAddr", "PACKER_HTTP_ADDR", vars);
        httpVariable(generated, "PackerHTTPIP", "PACKER_HTTP_IP", vars);
        httpVariable(generated, "PackerHTTPPort", "PACKER_HTTP_PORT", vars);
        for (String kv : environmentVars) {
            int eq = kv.indexOf('=');
            if (eq > 0) vars.put(kv.substring(0, eq), escape(kv.substring(eq + 1)));
        }
        env.forEach((k, v) -> vars.put(k, escape(v)));
        return new ShellEnvironment(vars);
    }

    private static void httpVariable(Map<String, String> generated, String key, String name, Map<String, String> vars) {
        String value = generated.get(key);
        if (value != null && !NOT_IMPLEMENTED.contains(value)) vars.put(name, value);
    }

    /** Closes the quote, adds a double-quoted quote and reopens it, so {@code '} survives {@code '%s'}. */
    private static String escape(String value) {
        return value.replace("'", "'\"'\"'");
    }

    /** Every variable written with {@code format} (Go's {@code fmt.Sprintf(format, key, value)}), in name order. */
    public String flatten(String format) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(variables).forEach((k, v) -> out.append(sprintf(format, k, v)));
        return out.toString();
    }

    /** Go's Sprintf for the {@code %s} and {@code %%} verbs an env_var_format uses. */
    static String sprintf(String format, String... args) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '%' && i + 1 < format.length()) {
                char verb = format.charAt(++i);
                if (verb == '%') {
                    out.append('%');
                } else if (next < args.length) {
                    out.append(args[next++]);
                } else {
                    out.append("%!").append(verb).append("(MISSING)");
                }
            } else {
                out.append(c);
            }
        }
        if (next < args.length) {
            out.append("%!(EXTRA string=")
                    .append(String.join(", string=", List.of(args).subList(next, args.length)))
                    .append(')');
        }
        return out.toString();
    }
}
