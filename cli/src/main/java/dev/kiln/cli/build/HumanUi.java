package dev.kiln.cli.build;

import dev.kiln.runtime.ui.Ui;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * Packer's terminal UI for one target: {@code ==> TARGET: message} for every line of a message,
 * optionally preceded by an RFC 3339 timestamp ({@code -timestamp-ui}) and coloured (bold, in the
 * build's colour; errors in red).
 */
public final class HumanUi implements Ui {

    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final Console console;
    private final String target;
    private final AnsiColor color;
    private final boolean colored;
    private final Supplier<ZonedDateTime> timestamps;

    /**
     * A UI for {@code target} ({@code null}: no prefix, for the run's own lines); {@code timestamps}
     * is null without {@code -timestamp-ui}.
     */
    public HumanUi(Console console, String target, AnsiColor color, boolean colored, Supplier<ZonedDateTime> timestamps) {
        this.console = console;
        this.target = target;
        this.color = color;
        this.colored = colored;
        this.timestamps = timestamps;
    }

    @Override
    public void say(String message) {
        console.println(format(message, color));
    }

    @Override
    public void output(String line) {
        say(line);
    }

    @Override
    public void error(String message) {
        console.println(format(message, AnsiColor.RED));
    }

    @Override
    public String ask(String question) throws InterruptedException {
        return console.ask(format(question, color));
    }

    private String format(String message, AnsiColor c) {
        String text = target == null ? message : prefixLines(message);
        if (timestamps != null) text = RFC3339.format(timestamps.get()) + ": " + text;
        return colored ? c.bold(text) : text;
    }

    /** Packer's TargetedUI: every line prefixed, trailing whitespace of the whole trimmed. */
    private String prefixLines(String message) {
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\n", -1)) {
            out.append("==> ").append(target).append(": ").append(line).append('\n');
        }
        return out.toString().stripTrailing();
    }
}
