package dev.kiln.cli.build;

import dev.kiln.runtime.spi.Ui;
import java.time.Clock;
import java.util.StringJoiner;

/**
 * Packer's {@code -machine-readable} output: {@code UNIXTIME,TARGET,TYPE,DATA...} lines with
 * commas in data written {@code %!(PACKER_COMMA)} and line breaks as {@code \n}. UI messages of a
 * build are prefixed as on a terminal and carry an empty target ({@code ,,ui,say,==> b: ...});
 * it cannot ask, so questions get an empty answer.
 */
public final class MachineReadableUi implements Ui {

    private final Console console;
    private final String target;
    private final Clock clock;

    /** A UI whose messages are prefixed with {@code target} (null: not prefixed). */
    public MachineReadableUi(Console console, String target, Clock clock) {
        this.console = console;
        this.target = target;
        this.clock = clock;
    }

    @Override
    public void say(String message) {
        machine("", "ui", "say", prefixed(message));
    }

    /** Remote and local script output: a {@code say} line, as Packer 1.13+ sends {@code Message} to {@code Say}. */
    @Override
    public void output(String line) {
        say(line);
    }

    @Override
    public void error(String message) {
        machine("", "ui", "error", prefixed(message));
    }

    @Override
    public String ask(String question) {
        machine("", "ui", "error", "machine-readable UI can't ask: " + prefixed(question));
        return "";
    }

    /** Writes one machine-readable line for {@code lineTarget} (empty for the run itself). */
    public void machine(String lineTarget, String type, String... data) {
        StringJoiner line = new StringJoiner(",");
        line.add(Long.toString(clock.instant().getEpochSecond()))
                .add(lineTarget)
                .add(type);
        // Masked before escaping: a secret containing a comma would no longer match once escaped.
        for (String d : data) line.add(escape(console.mask(d)));
        console.println(line.toString());
    }

    static String escape(String data) {
        return data.replace(",", "%!(PACKER_COMMA)").replace("\r", "\\r").replace("\n", "\\n");
    }

    private String prefixed(String message) {
        if (target == null) return message;
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\n", -1))
            out.append("==> ").append(target).append(": ").append(line).append('\n');
        return out.toString().stripTrailing();
    }
}
