package dev.kiln.runtime.spi;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** An output stream that reports every byte written to a {@link Progress}: how downloads feed their bar. */
public final class CountingOutputStream extends FilterOutputStream {

    private final Progress progress;

    /** Writes to {@code out}, reporting to {@code progress}. */
    public CountingOutputStream(OutputStream out, Progress progress) {
        super(out);
        this.progress = progress;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        progress.advance(1);
    }

    // FilterOutputStream writes arrays byte by byte; pass them through whole.
    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        out.write(buffer, offset, length);
        progress.advance(length);
    }
}
