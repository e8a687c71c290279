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
 */
public final class Console {

    private final PrintWriter out;
    private final BufferedReader in;
    private final SecretMask mask;

    /** A console writing to {@code out}, reading answers from {@code in}, masking with {@code mask}. */
    public Console(PrintWriter out, BufferedReader in, SecretMask mask) {
        this.out = out;
        this.in = in;
        this.mask = mask;
    }

    /** Prints {@code line} (masked) and a line break. */
    public synchronized void println(String line) {
        out.println(mask.apply(line));
        out.flush();
    }

    /** {@code text} with every secret replaced, for writers that transform text before printing it. */
    public String mask(String text) {
        return mask.apply(text);
    }

    /** Prints {@code question} and waits for a line of input; end of input reads as an empty answer. */
    public String ask(String question) throws InterruptedException {
        synchronized (this) {
            println(question);
        }
        CompletableFuture<String> answer = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                String line = in.readLine();
                answer.complete(line == null ? "" : line);
            } catch (IOException e) {
                answer.complete("");
            }
        }, "kiln-ask");
        reader.setDaemon(true);
        reader.start();
        try {
            return answer.get();
        } catch (ExecutionException e) {
            return "";
        }
    }
}
