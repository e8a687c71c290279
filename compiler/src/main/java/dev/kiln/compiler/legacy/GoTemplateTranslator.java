package dev.kiln.compiler.legacy;

import dev.kiln.compiler.diag.DiagnosticKind;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a legacy string with Go-template actions ({@code {{user `x`}}}, {@code {{timestamp}}},
 * {@code {{ lower (user "a") }}} ...) into an HCL template string with the same meaning
 * ({@code ${var.x}} ...), as Packer's interpolation would produce it. Plugin data fields
 * ({@code {{ .Path }}}) stay Go-template text: the plugins render them at build time, as they do in
 * HCL2 templates. Literal {@code ${} and {@code %{} are escaped so HCL leaves them as written.
 */
final class GoTemplateTranslator {

    /** Where a string is: Packer allows {@code env} only in variables and knows build names in builders. */
    record Context(
            Where where,
            String builderName,
            String builderType,
            Set<String> variables,
            Set<String> locals,
            long startSeconds) {}

    /** The part of a legacy template a string is in. */
    enum Where {
        VARIABLE,
        BUILDER,
        PLUGIN
    }

    /** Functions Packer has that kiln's legacy translation does not (they are errors, never silently wrong). */
    private static final Set<String> UNSUPPORTED = Set.of(
            "strftime",
            "consul_key",
            "vault",
            "aws_secretsmanager",
            "aws_secretsmanager_raw",
            "sed",
            "if",
            "else",
            "end",
            "range",
            "with",
            "define",
            "template",
            "block");

    private final Context context;
    private final SourceRange range;
    private final Diagnostics diagnostics;
    private boolean usesUser;

    private GoTemplateTranslator(Context context, SourceRange range, Diagnostics diagnostics) {
        this.context = context;
        this.range = range;
        this.diagnostics = diagnostics;
    }

    /** The result: the HCL template text (null after an error) and whether it reads a user variable. */
    record Result(String text, boolean usesUser) {}

    /** Translates {@code value}, written at {@code range}; errors go to {@code diagnostics}. */
    static Result translate(String value, SourceRange range, Context context, Diagnostics diagnostics) {
        GoTemplateTranslator t = new GoTemplateTranslator(context, range, diagnostics);
        String text = t.template(value);
        return new Result(text, t.usesUser);
    }

    private String template(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (true) {
            int open = template.indexOf("{{", i);
            if (open < 0) {
                out.append(escape(template.substring(i)));
                return out.toString();
            }
            int close = actionEnd(template, open + 2);
            if (close < 0)
                return error(
                        LegacyDiagnostics.INVALID_TEMPLATE, "template: root: unclosed action: a \"{{\" has no \"}}\".");
            String action = template.substring(open + 2, close);
            String text = template.substring(i, open);
            if (action.startsWith("-") && (action.length() == 1 || Character.isWhitespace(action.charAt(1)))) {
                text = text.stripTrailing();
                action = action.substring(1);
            }
            i = close + 2;
            if (action.endsWith(" -")) {
                action = action.substring(0, action.length() - 2);
                while (i < template.length() && Character.isWhitespace(template.charAt(i))) i++;
            }
            out.append(escape(text));
            String trimmed = action.trim();
            if (trimmed.startsWith("/*") && trimmed.endsWith("*/")) continue;
            if (trimmed.matches("\\.[A-Za-z_][A-Za-z0-9_]*")) {
                out.append("{{ ").append(trimmed).append(" }}"); // plugin data, rendered by the plugin
                continue;
            }
            Node node = new ActionParser(trimmed).pipeline();
            if (node == null)
                return error(
                        LegacyDiagnostics.INVALID_TEMPLATE,
                        "template: root: cannot parse the action \"{{" + action + "}}\".");
            String expression = hcl(node);
            if (expression == null) return null;
            out.append("${").append(expression).append('}');
        }
    }

    /** Where the action from {@code from} ends ({@code }}} outside quotes, as Go's lexer reads it), or -1. */
    private static int actionEnd(String template, int from) {
        char quote = 0;
        for (int i = from; i < template.length(); i++) {
            char c = template.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') i++;
                else if (c == quote) quote = 0;
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (c == '}' && template.startsWith("}}", i)) {
                return i;
            }
        }
        return -1;
    }

    private String hcl(Node node) {
        if (node instanceof Str s) return quote(s.value());
        if (node instanceof Num n) return n.text();
        if (node instanceof Field f) {
            return error(
                    LegacyDiagnostics.UNSUPPORTED_EXPRESSION,
                    "The plugin data field ." + f.name() + " can only be used" + " alone in an action ({{ ." + f.name()
                            + " }}), not as a function argument.");
        }
        Call call = (Call) node;
        List<String> args = new ArrayList<>();
        for (Node a : call.args()) {
            String e = hcl(a);
            if (e == null) return null;
            args.add(e);
        }
        String fn = call.function();
        return switch (fn) {
            case "user" -> user(call);
            case "env" -> {
                if (context.where() != Where.VARIABLE)
                    yield error(
                            LegacyDiagnostics.NOT_ALLOWED_HERE.with("env"),
                            "The function"
                                    + " \"env\" can only be used in the default value of a variable; use {{user `NAME`}} here.");
                yield arity(call, 1) ? "env(" + args.get(0) + ")" : null;
            }
            case "timestamp" -> arity(call, 0) ? Long.toString(context.startSeconds()) : null;
            case "isotime" ->
                call.args().isEmpty() ? "timestamp()" : arity(call, 1) ? "legacy_isotime(" + args.get(0) + ")" : null;
            case "uuid" -> arity(call, 0) ? "uuidv4()" : null;
            case "build_name" ->
                arity(call, 0)
                        ? (context.where() == Where.BUILDER ? quote(context.builderName()) : "build.name")
                        : null;
            case "build_type" ->
                arity(call, 0)
                        ? (context.where() == Where.BUILDER ? quote(context.builderType()) : "build.type")
                        : null;
            case "build" -> arity(call, 1) && call.args().get(0) instanceof Str s ? "build." + s.value() : null;
            case "template_dir" -> arity(call, 0) ? "path.root" : null;
            case "pwd" -> arity(call, 0) ? "path.cwd" : null;
            case "packer_version" -> arity(call, 0) ? "packer.version" : null;
            case "lower", "upper" -> arity(call, 1) ? fn + "(" + args.get(0) + ")" : null;
            case "split" ->
                arity(call, 3) ? "split(" + args.get(1) + ", " + args.get(0) + ")[" + args.get(2) + "]" : null;
            case "replace_all" ->
                arity(call, 3) ? "replace(" + args.get(2) + ", " + args.get(0) + ", " + args.get(1) + ")" : null;
            case "replace" -> {
                if (!arity(call, 4)) yield null;
                if (!"-1".equals(args.get(2)))
                    yield error(
                            LegacyDiagnostics.UNSUPPORTED_FUNCTION,
                            "kiln translates"
                                    + " \"replace\" only with the count -1 (replace every occurrence); use replace_all.");
                yield "replace(" + args.get(3) + ", " + args.get(0) + ", " + args.get(1) + ")";
            }
            // Packer's amazon clean_resource_name: every character AWS does not allow in a name becomes "-".
            case "clean_resource_name", "clean_ami_name" ->
                arity(call, 1)
                        ? "regex_replace(" + args.get(0) + ", \"[^a-zA-Z0-9()\\\\[\\\\] ./'@_-]\", \"-\")"
                        : null;
            default ->
                UNSUPPORTED.contains(fn)
                        ? error(
                                LegacyDiagnostics.UNSUPPORTED_FUNCTION,
                                "kiln does not translate the Go-template function \"" + fn
                                        + "\" of legacy JSON templates yet; write this template in HCL2.")
                        : error(
                                LegacyDiagnostics.INVALID_TEMPLATE,
                                "template: root: function \"" + fn + "\" not defined");
        };
    }

    private String user(Call call) {
        if (!arity(call, 1)) return null;
        if (!(call.args().get(0) instanceof Str name)) {
            return error(
                    LegacyDiagnostics.INVALID_TEMPLATE,
                    "The function \"user\" takes a variable name in quotes: {{user `name`}}.");
        }
        usesUser = true;
        if (context.locals().contains(name.value())) return "local." + name.value();
        if (context.variables().contains(name.value())) return "var." + name.value();
        // Packer interpolates an undeclared user variable as the empty string.
        diagnostics.add(LegacyDiagnostics.UNDECLARED_USER_VARIABLE.warning(
                "No variable \"" + name.value()
                        + "\" is declared in \"variables\"; Packer reads it as an empty string.",
                range));
        return "\"\"";
    }

    private boolean arity(Call call, int expected) {
        if (call.args().size() == expected) return true;
        error(
                LegacyDiagnostics.INVALID_TEMPLATE,
                "template: root: wrong number of args for " + call.function() + ": want " + expected + " got "
                        + call.args().size());
        return false;
    }

    private String error(DiagnosticKind kind, String detail) {
        diagnostics.add(kind.error(detail, range));
        return null;
    }

    /** Text as HCL template text: its {@code ${} and {@code %{} escaped. */
    private static String escape(String text) {
        return text.replace("${", "$${").replace("%{", "%%{");
    }

    private static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : escape(value).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** A part of a Go-template action. */
    private sealed interface Node {}

    private record Str(String value) implements Node {}

    private record Num(String text) implements Node {}

    private record Field(String name) implements Node {}

    private record Call(String function, List<Node> args) implements Node {}

    /** Reads one action: commands ({@code fn arg...}) joined by {@code |}, arguments literals, fields or {@code (...)}. */
    private static final class ActionParser {
        private final String text;
        private int at;

        ActionParser(String text) {
            this.text = text;
        }

        /** The whole action, or null when it is not one kiln reads. */
        Node pipeline() {
            Node node = pipe();
            skipSpace();
            return at == text.length() ? node : null;
        }

        private Node pipe() {
            Node node = command();
            while (node != null) {
                skipSpace();
                if (at >= text.length() || text.charAt(at) != '|') return node;
                at++;
                Node next = command();
                if (!(next instanceof Call call)) return null;
                List<Node> args = new ArrayList<>(call.args());
                args.add(node); // Go passes the piped value as the last argument
                node = new Call(call.function(), args);
            }
            return null;
        }

        private Node command() {
            skipSpace();
            if (at < text.length() && Character.isLetter(text.charAt(at))) {
                int start = at;
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'))
                    at++;
                String name = text.substring(start, at);
                List<Node> args = new ArrayList<>();
                while (true) {
                    skipSpace();
                    if (at >= text.length() || text.charAt(at) == '|' || text.charAt(at) == ')') break;
                    Node arg = operand();
                    if (arg == null) return null;
                    args.add(arg);
                }
                return new Call(name, args);
            }
            return operand();
        }

        private Node operand() {
            skipSpace();
            if (at >= text.length()) return null;
            char c = text.charAt(at);
            if (c == '`') {
                int end = text.indexOf('`', at + 1);
                if (end < 0) return null;
                Node s = new Str(text.substring(at + 1, end));
                at = end + 1;
                return s;
            }
            if (c == '"') return quoted();
            if (c == '(') {
                at++;
                Node inner = pipe();
                skipSpace();
                if (inner == null || at >= text.length() || text.charAt(at) != ')') return null;
                at++;
                return inner;
            }
            if (c == '.') {
                int start = ++at;
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'))
                    at++;
                return at > start ? new Field(text.substring(start, at)) : null;
            }
            if (c == '-' || Character.isDigit(c)) {
                int start = at++;
                while (at < text.length() && Character.isDigit(text.charAt(at))) at++;
                String number = text.substring(start, at);
                return number.equals("-") ? null : new Num(number);
            }
            if (Character.isLetter(c)) {
                int start = at;
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_'))
                    at++;
                return new Call(text.substring(start, at), List.of()); // an argument-less function as an argument
            }
            return null;
        }

        private Node quoted() {
            StringBuilder value = new StringBuilder();
            at++;
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == '"') return new Str(value.toString());
                if (c == '\\' && at < text.length()) {
                    char e = text.charAt(at++);
                    value.append(
                            switch (e) {
                                case 'n' -> '\n';
                                case 't' -> '\t';
                                case 'r' -> '\r';
                                default -> e;
                            });
                } else {
                    value.append(c);
                }
            }
            return null;
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        }
    }
}
