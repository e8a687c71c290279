package dev.kiln.runtime.spi;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that reports every byte read to a {@link Progress}: how uploads feed their bar whatever the protocol. */
public final class CountingInputStream extends FilterInputStream {

    private final Progress progress;

    /** Reads {@code in}, reporting to {@code progress}. */
    public CountingInputStream(InputStream in, Progress progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) progress.advance(1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) progress.advance(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) progress.advance(skipped);
        return skipped;
    }
}
