package dev.kiln.runtime.plugin;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The part of Go's {@code text/template} that Packer's plugins interpolate inside HCL strings:
 * {@code {{ .Field }}} lookups in the plugin's data ({@code .Path}, {@code .Vars},
 * {@code .BuildName} ...) and argument-less functions ({@code build_name}, {@code build_type}),
 * with {@code {{-}} / {@code -}}} whitespace trimming. A field missing from the data renders as
 * Go renders a missing map key, {@code <no value>}.
 */
public final class GoTemplate {

    private GoTemplate() {}

    /** Thrown for a template Go would refuse; the message is worded as Go's. */
    public static final class TemplateException extends Exception {
        private static final long serialVersionUID = 1L;

        TemplateException(String message) {
            super(message);
        }
    }

    /** Renders {@code template} with {@code data} fields and no functions. */
    public static String render(String template, Map<String, String> data) throws TemplateException {
        return render(template, data, Map.of());
    }

    /** Renders {@code template} with {@code data} fields and the given argument-less functions. */
    public static String render(String template, Map<String, String> data, Map<String, Supplier<String>> functions)
            throws TemplateException {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int open = template.indexOf("{{", i);
            if (open < 0) {
                out.append(template, i, template.length());
                return out.toString();
            }
            int close = template.indexOf("}}", open + 2);
            if (close < 0) {
                throw new TemplateException("template: root:" + line(template, open) + ": unclosed action");
            }
            String action = template.substring(open + 2, close);
            String text = template.substring(i, open);
            if (action.startsWith("- ") || action.equals("-")) {
                text = text.stripTrailing();
                action = action.substring(1);
            }
            out.append(text);
            i = close + 2;
            if (action.endsWith(" -")) {
                action = action.substring(0, action.length() - 2);
                while (i < template.length() && Character.isWhitespace(template.charAt(i))) i++;
            }
            out.append(evaluate(action.trim(), data, functions, line(template, open)));
        }
    }

    private static String evaluate(
            String action, Map<String, String> data, Map<String, Supplier<String>> functions, int line)
            throws TemplateException {
        if (action.startsWith("/*") && action.endsWith("*/")) return "";
        if (action.startsWith(".")) {
            String field = action.substring(1);
            if (field.isEmpty()) return data.toString();
            if (!field.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new TemplateException("template: root:" + line + ": unexpected \"" + action + "\" in command");
            }
            String value = data.get(field);
            return value == null ? "<no value>" : value;
        }
        Supplier<String> function = functions.get(action);
        if (function == null) {
            throw new TemplateException(
                    "template: root:" + line + ": function \"" + action.split("\\s+")[0] + "\" not defined");
        }
        return function.get();
    }

    private static int line(String template, int offset) {
        int line = 1;
        for (int j = 0; j < offset; j++) if (template.charAt(j) == '\n') line++;
        return line;
    }
}
