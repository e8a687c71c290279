package dev.kiln.runtime.provisioner.ansible;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ansible-playbook command line as the plugin builds it: the {@code packer_*} extra vars, the
 * SSH extra arguments and private key when ansible logs in with a key, {@code extra_arguments}, and
 * last {@code -i INVENTORY PLAYBOOK}; and the line as shown, with secrets replaced by {@code *****}.
 */
public record AnsibleArguments(List<String> args, List<String> env) {

    /** What core puts in {@code PackerHTTPAddr} when the builder runs no HTTP server. */
    public static final String HTTP_ADDR_NOT_IMPLEMENTED = "ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER";

    /**
     * The arguments for a run of {@code playbook} with {@code inventory}; {@code privateKeyFile} is
     * empty when ansible logs in without a key file kiln knows.
     */
    public static AnsibleArguments of(
            AnsibleConfig config,
            List<String> extraArguments,
            List<String> envVars,
            String buildName,
            String builderType,
            String httpAddr,
            String connType,
            String inventory,
            String playbook,
            String privateKeyFile) {
        List<String> args = new ArrayList<>();
        if (!buildName.isEmpty()) args.addAll(List.of("-e", "packer_build_name=" + goQuote(buildName)));
        args.addAll(List.of("-e", "packer_builder_type=" + builderType));
        if (!httpAddr.equals(HTTP_ADDR_NOT_IMPLEMENTED)) args.addAll(List.of("-e", "packer_http_addr=" + httpAddr));
        if (connType.equals("ssh") && !privateKeyFile.isEmpty()) {
            args.add("--ssh-extra-args");
            args.add(
                    config.sshExtraArgs().isEmpty()
                            ? "'-o IdentitiesOnly=yes'"
                            : "'" + String.join("' '", config.sshExtraArgs()) + "'");
        }
        args.addAll(extraArguments);
        if (!hasArgument("ansible_password", args) && !privateKeyFile.isEmpty()) {
            // A higher-priority variable than --private-key, so inventory variables cannot override it.
            args.addAll(List.of("-e", "ansible_ssh_private_key_file=" + privateKeyFile));
        }
        if (hasArgument("ansible_password", args)
                && connType.equals("ssh")
                && !hasArgument("ansible_host_key_checking", args)
                && !hasArgument("ANSIBLE_HOST_KEY_CHECKING", envVars)) {
            args.addAll(List.of("-e", "ansible_host_key_checking=False"));
        }
        args.addAll(List.of("-i", inventory, playbook));
        return new AnsibleArguments(List.copyOf(args), List.copyOf(envVars));
    }

    /**
     * {@code commandLine} as the plugin prints it: values of {@code extra_arguments} entries whose
     * key mentions a password or secret, and the build's passwords, replaced by {@code *****}.
     */
    public static String sanitized(String commandLine, List<String> extraArguments, Map<String, String> generated) {
        String out = commandLine;
        for (String arg : extraArguments) {
            String[] kv = arg.split("=", 2);
            if (kv.length != 2) continue;
            String key = kv[0].toLowerCase(Locale.ROOT);
            if ((key.contains("password") || key.contains("secret")) && !kv[1].isEmpty())
                out = out.replace(kv[1], "*****");
        }
        for (String key : List.of("WinRMPassword", "Password")) {
            String secret = generated.getOrDefault(key, "");
            if (!secret.isEmpty()) out = out.replace(secret, "*****");
        }
        return out;
    }

    /** The plugin's checkArg: whether any {@code =}-separated part of any argument is {@code name}. */
    static boolean hasArgument(String name, List<String> args) {
        for (String arg : args) {
            for (String part : arg.split("=", -1)) {
                if (part.equals(name)) return true;
            }
        }
        return false;
    }

    /** Go's {@code %q} of a string: double quotes, with quotes, backslashes and control characters escaped. */
    static String goQuote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) out.append(String.format("\\x%02x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
