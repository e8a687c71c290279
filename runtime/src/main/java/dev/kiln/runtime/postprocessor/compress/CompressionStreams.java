package dev.kiln.runtime.postprocessor.compress;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/** Opens the compressing stream of an algorithm over the archive file. */
final class CompressionStreams {

    private CompressionStreams() {}

    /** {@code out} compressed with {@code algorithm} at {@code level} (1-9); {@code out} itself for no compression. */
    static OutputStream open(String algorithm, int level, OutputStream out) throws IOException {
        if (algorithm.equals("pgzip")) return new LeveledGzip(out, level);
        if (algorithm.equals("bgzf")) return new BgzfOutputStream(out, level);
        if (algorithm.equals("xz")) return new XZCompressorOutputStream(out);
        if (algorithm.equals("bzip2")) return new BZip2CompressorOutputStream(out, Math.max(1, Math.min(9, level)));
        if (algorithm.equals("lz4")) return new FramedLZ4CompressorOutputStream(out);
        return out;
    }

    /** GZIP at a chosen level (the JDK's stream always uses the default one). */
    private static final class LeveledGzip extends GZIPOutputStream {
        LeveledGzip(OutputStream out, int level) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(level);
        }
    }
}
