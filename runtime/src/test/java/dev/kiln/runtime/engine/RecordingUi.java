package dev.kiln.runtime.engine;

import dev.kiln.runtime.spi.Ui;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/** A UI that records every line as {@code kind target: message}, with scripted answers. */
final class RecordingUi implements BuildUis {

    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    final Deque<String> answers = new ArrayDeque<>();

    @Override
    public Ui build(String name, int index) {
        return target(name);
    }

    @Override
    public Ui postProcessor(String name, int index, String type) {
        return target(name + " (" + type + ")");
    }

    Ui target(String target) {
        return new Ui() {
            @Override
            public void say(String message) {
                lines.add("say " + target + ": " + message);
            }

            @Override
            public void output(String line) {
                lines.add("out " + target + ": " + line);
            }

            @Override
            public void error(String message) {
                lines.add("err " + target + ": " + message);
            }

            @Override
            public String ask(String question) {
                lines.add("ask " + target + ": " + question);
                synchronized (answers) {
                    return answers.isEmpty() ? "" : answers.pop();
                }
            }
        };
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }
}
