package dev.kiln.cli.build;

import dev.kiln.runtime.spi.Progress;
import dev.kiln.runtime.spi.Ui;
import dev.kiln.runtime.spi.Wait;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * Packer's terminal UI for one target: {@code ==> TARGET: message} for every line of a message,
 * optionally preceded by an RFC 3339 timestamp ({@code -timestamp-ui}) and coloured (bold, in the
 * build's colour; errors in red). On a terminal ({@link LiveTerminal} given) transfers get a bar
 * and waits a live elapsed time; elsewhere they print Packer's plain lines only.
 */
public final class HumanUi implements Ui {

    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private final Console console;
    private final String target;
    private final AnsiColor color;
    private final boolean colored;
    private final Supplier<ZonedDateTime> timestamps;
    private final LiveTerminal live;

    /**
     * A UI for {@code target} ({@code null}: no prefix, for the run's own lines); {@code timestamps}
     * is null without {@code -timestamp-ui}. No live lines: for pipes and tests.
     */
    public HumanUi(
            Console console, String target, AnsiColor color, boolean colored, Supplier<ZonedDateTime> timestamps) {
        this(console, target, color, colored, timestamps, null);
    }

    /** As the other constructor, with live bars and elapsed times on {@code live} (null: none). */
    HumanUi(
            Console console,
            String target,
            AnsiColor color,
            boolean colored,
            Supplier<ZonedDateTime> timestamps,
            LiveTerminal live) {
        this.console = console;
        this.target = target;
        this.color = color;
        this.colored = colored;
        this.timestamps = timestamps;
        this.live = live;
    }

    @Override
    public void say(String message) {
        console.println(format(message, color));
    }

    /**
     * Script output: {@code ==> TARGET: line} like {@link #say}. Packer printed it indented
     * ({@code "    TARGET: line"}) until 1.13 deprecated {@code Message}; 1.16 prints it as here.
     */
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

    @Override
    public Progress startProgress(String label, long totalBytes) {
        if (live == null) return Progress.NONE;
        // One column spare: writing into the last one wraps on some terminals, breaking the \r redraw.
        int width = live.columns() - 1 - prefixWidth();
        return new TerminalProgress(console, text -> format(text, color), label, totalBytes, live.nanos(), width);
    }

    @Override
    public Wait startWait(String message) {
        if (live == null) return Ui.super.startWait(message);
        return new TerminalWait(console, text -> format(text, color), message, true, live.nanos(), live.ticker());
    }

    @Override
    public Wait startQuietWait(String message) {
        if (live == null) return Wait.NONE;
        return new TerminalWait(console, text -> format(text, color), message, false, live.nanos(), live.ticker());
    }

    /** Visible characters before a message: {@code ==> TARGET: } and the timestamp. */
    private int prefixWidth() {
        int width = target == null ? 0 : "==> ".length() + target.length() + ": ".length();
        if (timestamps != null) width += RFC3339.format(timestamps.get()).length() + ": ".length();
        return width;
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
