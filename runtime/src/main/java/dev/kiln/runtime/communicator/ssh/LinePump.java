package dev.kiln.runtime.communicator.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Reads a byte stream to its end and hands over each line (UTF-8, without "\n" or "\r\n") as soon as it is complete. */
final class LinePump {

    private LinePump() {}

    static void pump(InputStream in, Consumer<String> lines) throws IOException {
        byte[] buffer = new byte[8192];
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int n;
        while ((n = in.read(buffer)) >= 0) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    line.write(buffer, start, i - start);
                    emit(line, lines);
                    start = i + 1;
                }
            }
            line.write(buffer, start, n - start);
        }
        if (line.size() > 0) emit(line, lines);
    }

    private static void emit(ByteArrayOutputStream line, Consumer<String> lines) {
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        lines.accept(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
    }
}
