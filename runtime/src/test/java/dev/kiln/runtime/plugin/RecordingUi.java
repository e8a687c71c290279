package dev.kiln.runtime.plugin;

import dev.kiln.runtime.spi.Ui;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A Ui that records every line with its kind ({@code say:}, {@code out:}, {@code err:}, {@code ask:}) and answers questions from a queue. */
public final class RecordingUi implements Ui {

    private final List<String> lines = new ArrayList<>();
    private final Deque<String> answers = new ArrayDeque<>();

    /** Queues the answer to the next question. */
    public RecordingUi answer(String answer) {
        answers.add(answer);
        return this;
    }

    /** Every line so far. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public synchronized void say(String message) {
        lines.add("say: " + message);
    }

    @Override
    public synchronized void output(String line) {
        lines.add("out: " + line);
    }

    @Override
    public synchronized void error(String message) {
        lines.add("err: " + message);
    }

    @Override
    public synchronized String ask(String question) {
        lines.add("ask: " + question);
        return answers.isEmpty() ? "" : answers.poll();
    }
}
