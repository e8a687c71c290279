package dev.kiln.runtime.postprocessor.compress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Blocked GZIP (BGZF, the SAM/BAM format Packer's {@code .bgzf} writes): a series of gzip members
 * of at most 64 KiB input each, every one carrying its compressed size in a {@code BC} extra
 * field, ended by an empty member. Any gzip reader can read it.
 */
final class BgzfOutputStream extends OutputStream {

    private static final int BLOCK = 0xff00;
    private static final byte[] EOF_BLOCK = {
        0x1f,
        (byte) 0x8b,
        8,
        4,
        0,
        0,
        0,
        0,
        0,
        (byte) 0xff,
        6,
        0,
        0x42,
        0x43,
        2,
        0,
        0x1b,
        0,
        3,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0
    };

    private final OutputStream out;
    private final int level;
    private final byte[] buffer = new byte[BLOCK];
    private int filled;

    BgzfOutputStream(OutputStream out, int level) {
        this.out = out;
        this.level = level;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, BLOCK - filled);
            System.arraycopy(b, off, buffer, filled, n);
            filled += n;
            off += n;
            len -= n;
            if (filled == BLOCK) flushBlock();
        }
    }

    private void flushBlock() throws IOException {
        if (filled == 0) return;
        Deflater deflater = new Deflater(level, true);
        deflater.setInput(buffer, 0, filled);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] chunk = new byte[BLOCK + 1024];
        while (!deflater.finished()) compressed.write(chunk, 0, deflater.deflate(chunk));
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(buffer, 0, filled);
        int blockSize = 18 + compressed.size() + 8 - 1;
        out.write(new byte[] {
            0x1f,
            (byte) 0x8b,
            8,
            4,
            0,
            0,
            0,
            0,
            0,
            (byte) 0xff,
            6,
            0,
            0x42,
            0x43,
            2,
            0,
            (byte) blockSize,
            (byte) (blockSize >> 8)
        });
        compressed.writeTo(out);
        writeInt((int) crc.getValue());
        writeInt(filled);
        filled = 0;
    }

    private void writeInt(int v) throws IOException {
        out.write(new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)});
    }

    @Override
    public void close() throws IOException {
        flushBlock();
        out.write(EOF_BLOCK);
        out.close();
    }
}
