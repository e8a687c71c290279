package dev.kiln.compiler.fmt;

import java.util.Random;

/**
 * Writes random but valid HCL bodies: attributes with nested expressions (single- and multi-line),
 * blocks, comments, blank lines and heredocs, with irregular spacing for the formatter to fix.
 */
final class HclBodies {

    private final Random random;
    private final StringBuilder out = new StringBuilder();
    private int names;

    private HclBodies(long seed) {
        this.random = new Random(seed);
    }

    /** A body generated from {@code seed}. */
    static String generate(long seed) {
        HclBodies bodies = new HclBodies(seed);
        bodies.body(0);
        return bodies.out.toString();
    }

    private void body(int depth) {
        int items = random.nextInt(depth == 0 ? 8 : 5);
        for (int i = 0; i < items; i++) {
            indent(depth);
            switch (random.nextInt(depth < 3 ? 9 : 7)) {
                case 0, 1, 2, 3 ->
                    out.append(name())
                            .append(blank())
                            .append('=')
                            .append(blank())
                            .append(expression(0))
                            .append(trailingComment())
                            .append('\n');
                case 4 ->
                    out.append(random.nextBoolean() ? "# " : "// ")
                            .append("note ")
                            .append(i)
                            .append('\n');
                case 5 -> out.append('\n');
                case 6 -> heredoc();
                default -> {
                    out.append(name())
                            .append(random.nextBoolean() ? " \"label\"" : "")
                            .append(blank())
                            .append("{\n");
                    body(depth + 1);
                    indent(depth);
                    out.append("}").append(trailingComment()).append('\n');
                }
            }
        }
    }

    private void heredoc() {
        boolean flush = random.nextBoolean();
        out.append(name()).append(" =").append(blank()).append(flush ? "<<-EOT\n" : "<<EOT\n");
        int lines = random.nextInt(3);
        for (int i = 0; i < lines; i++) {
            out.append(" ".repeat(random.nextInt(4)))
                    .append("line ")
                    .append(i)
                    .append(random.nextBoolean() ? " ${" + blank() + "var.x" + blank() + "}" : "")
                    .append('\n');
        }
        out.append(flush ? "  EOT\n" : "EOT\n");
    }

    private String expression(int depth) {
        int choice = depth > 3 ? random.nextInt(4) : random.nextInt(13);
        return switch (choice) {
            case 0 -> Integer.toString(random.nextInt(100));
            case 1 -> "\"text " + random.nextInt(9) + "\"";
            case 2 -> "var." + name();
            case 3 -> random.nextBoolean() ? "true" : "null";
            case 4 -> "\"a-${" + blank() + expression(depth + 1) + blank() + "}-b\"";
            case 5 ->
                name() + "(" + blank() + expression(depth + 1) + "," + blank() + expression(depth + 1) + blank() + ")";
            case 6 -> "[" + blank() + expression(depth + 1) + "," + blank() + expression(depth + 1) + blank() + "]";
            case 7 -> "{" + blank() + name() + blank() + "=" + blank() + expression(depth + 1) + blank() + "}";
            case 8 ->
                expression(depth + 1) + " " + operator() + blank() + expression(depth + 1); // "a-" would be a name
            case 9 -> (random.nextBoolean() ? "-" : "!") + blank() + "(" + expression(depth + 1) + ")";
            case 10 -> "[for x in " + expression(depth + 1) + blank() + ":" + blank() + "x" + blank() + "]";
            case 11 -> multiLineTuple(depth);
            default ->
                expression(depth + 1) + blank() + "?" + blank() + expression(depth + 1) + blank() + ":" + blank()
                        + expression(depth + 1);
        };
    }

    private String multiLineTuple(int depth) {
        StringBuilder tuple = new StringBuilder("[\n");
        int items = 1 + random.nextInt(3);
        for (int i = 0; i < items; i++) {
            tuple.append(" ".repeat(random.nextInt(6)))
                    .append(expression(depth + 1))
                    .append(",");
            tuple.append(random.nextInt(4) == 0 ? " # item\n" : "\n");
        }
        return tuple.append(" ".repeat(random.nextInt(3))).append("]").toString();
    }

    private String operator() {
        String[] operators = {"+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||"};
        return operators[random.nextInt(operators.length)];
    }

    private String trailingComment() {
        return random.nextInt(4) == 0 ? blank() + " # trailing" : "";
    }

    private String name() {
        String[] stems = {"a", "name", "instance_type", "x", "tags", "ami-id"};
        return stems[random.nextInt(stems.length)] + (names++);
    }

    private String blank() {
        return " ".repeat(random.nextInt(3));
    }

    private void indent(int depth) {
        out.append(" ".repeat(random.nextInt(2 * depth + 3)));
    }
}
