package dev.kiln.cli.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The one place a build run writes to and reads from: whole lines, one at a time (builds print
 * from several threads), every line masked. Answers are read on a daemon thread so that a
 * cancelled build is not stuck in a read of standard input, which Java cannot interrupt.
 *
 * <p>On a terminal it also keeps at most one <em>live line</em> (a transfer bar or a wait's elapsed
 * time) as the last line, redrawn in place with {@code \r}. One line and one owner keep parallel
 * builds from garbling each other: a second build that wants one while it is taken gets no live
 * line and prints plain lines instead. Any other line printed meanwhile first takes the live line
 * away (keeping its {@code pending} text as a real line when it has one), then the live line is
 * drawn again below it.
 */
public final class Console {

    /** ANSI "erase to end of line": a shorter redraw must not leave the tail of a longer one. */
    static final String CLEAR_TO_END = "\033[K";

    private final PrintWriter out;
    private final BufferedReader in;
    private final SecretMask mask;
    private Object liveOwner;
    private String liveText;
    private String livePending;
    private boolean asking;

    /** A console writing to {@code out}, reading answers from {@code in}, masking with {@code mask}. */
    public Console(PrintWriter out, BufferedReader in, SecretMask mask) {
        this.out = out;
        this.in = in;
        this.mask = mask;
    }

    /** Prints {@code line} (masked) and a line break. */
    public synchronized void println(String line) {
        if (liveOwner != null) {
            endLive(livePending);
            livePending = null;
        }
        out.println(mask.apply(line));
        if (liveOwner != null) drawLive(liveText);
        out.flush();
    }

    /**
     * Makes {@code text} the live line, owned by {@code owner}, unless another owner has it (then
     * false). {@code pending} is what stays on screen if other output interrupts (null: nothing).
     */
    synchronized boolean claimLive(Object owner, String text, String pending) {
        if (liveOwner != null) return false;
        liveOwner = owner;
        livePending = pending;
        drawLive(text);
        out.flush();
        return true;
    }

    /** Redraws the live line if {@code owner} still has it. */
    synchronized void redrawLive(Object owner, String text) {
        if (owner != liveOwner) return;
        drawLive(text);
        out.flush();
    }

    /**
     * Gives the live line up, leaving {@code finalLine} (null: the pending text, if still not
     * printed; otherwise the line is erased).
     */
    synchronized void releaseLive(Object owner, String finalLine) {
        if (owner != liveOwner) return;
        endLive(finalLine != null ? finalLine : livePending);
        liveOwner = null;
        liveText = null;
        livePending = null;
        out.flush();
    }

    private void drawLive(String text) {
        liveText = text;
        // While someone types an answer, redraws would overwrite their input.
        if (asking) return;
        out.print("\r" + mask.apply(text) + CLEAR_TO_END);
    }

    /** Replaces the live line on screen by {@code keep} and a line break, or erases it (null). */
    private void endLive(String keep) {
        out.print("\r" + (keep == null ? "" : mask.apply(keep)) + CLEAR_TO_END);
        if (keep != null) out.println();
    }

    /** {@code text} with every secret replaced, for writers that transform text before printing it. */
    public String mask(String text) {
        return mask.apply(text);
    }

    /** Prints {@code question} and waits for a line of input; end of input reads as an empty answer. */
    public String ask(String question) throws InterruptedException {
        synchronized (this) {
            println(question);
            asking = true;
        }
        CompletableFuture<String> answer = new CompletableFuture<>();
        Thread reader = new Thread(
                () -> {
                    try {
                        String line = in.readLine();
                        answer.complete(line == null ? "" : line);
                    } catch (IOException e) {
                        answer.complete("");
                    }
                },
                "kiln-ask");
        reader.setDaemon(true);
        reader.start();
        try {
            return answer.get();
        } catch (ExecutionException e) {
            return "";
        } finally {
            synchronized (this) {
                asking = false;
            }
        }
    }
}
