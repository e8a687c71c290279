package dev.kiln.stdlib.go;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Base64;

/**
 * Go's {@code base64.StdEncoding}: padded, ignores CR and LF, and reports the byte offset of the
 * first bad symbol (its {@code CorruptInputError}), which some error messages include.
 */
public final class GoBase64 {

    private GoBase64() {}

    /** Thrown with the offset Go's {@code CorruptInputError} would carry. */
    public static final class CorruptInput extends Exception {
        private static final long serialVersionUID = 1L;
        public final long offset;

        CorruptInput(long offset) {
            super("illegal base64 data at input byte " + offset, null, false, false);
            this.offset = offset;
        }
    }

    private static final byte[] DECODE = new byte[256];

    static {
        Arrays.fill(DECODE, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            DECODE[alphabet.charAt(i)] = (byte) i;
        }
    }

    public static String encode(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }

    /** Decodes as Go's {@code DecodeString}, quantum by quantum. */
    public static byte[] decode(byte[] src) throws CorruptInput {
        ByteArrayOutputStream out = new ByteArrayOutputStream(src.length * 3 / 4);
        int si = 0;
        while (true) {
            int[] buf = new int[4];
            int dlen = 4;
            boolean end = false;
            for (int j = 0; j < 4; j++) {
                if (si == src.length) {
                    if (j == 0) {
                        return out.toByteArray();
                    }
                    // Std encoding requires padding, so a short final quantum is corrupt.
                    throw new CorruptInput(si - j);
                }
                int in = src[si] & 0xFF;
                si++;
                int decoded = DECODE[in];
                if (decoded >= 0) {
                    buf[j] = decoded;
                    continue;
                }
                if (in == '\n' || in == '\r') {
                    j--;
                    continue;
                }
                if (in != '=') {
                    throw new CorruptInput(si - 1);
                }
                if (j == 0 || j == 1) {
                    throw new CorruptInput(si - 1);
                }
                if (j == 2) {
                    si = skipNewlines(src, si);
                    if (si == src.length) {
                        throw new CorruptInput(src.length);
                    }
                    if (src[si] != '=') {
                        throw new CorruptInput(si - 1);
                    }
                    si++;
                }
                si = skipNewlines(src, si);
                if (si < src.length) {
                    throw new CorruptInput(si);
                }
                dlen = j;
                end = true;
                break;
            }
            int val = buf[0] << 18 | buf[1] << 12 | buf[2] << 6 | buf[3];
            byte[] three = {(byte) (val >> 16), (byte) (val >> 8), (byte) val};
            out.write(three, 0, dlen - 1);
            if (end) {
                return out.toByteArray();
            }
        }
    }

    private static int skipNewlines(byte[] src, int si) {
        while (si < src.length && (src[si] == '\n' || src[si] == '\r')) {
            si++;
        }
        return si;
    }
}
