package dev.kiln.cli.build;

/**
 * The text of a transfer bar, as Packer's (cheggaaa/pb):
 * {@code Uploading x (3.2 MB / 10.0 MB) [=====>    ] 32% 12.4 MB/s}; with an unknown total only
 * the bytes so far and the rate. Pure, so the rendering is tested without a terminal.
 */
final class ProgressBar {

    /** Cells between the brackets. */
    static final int CELLS = 20;

    private ProgressBar() {}

    /**
     * The bar for {@code done} of {@code total} bytes ({@code < 0}: unknown) after {@code elapsedNanos},
     * at most {@code width} characters: a long label is shortened from the left, keeping the file name.
     */
    static String render(String label, long done, long total, long elapsedNanos, int width) {
        StringBuilder tail = new StringBuilder(" (").append(ByteCount.format(done));
        if (total >= 0) {
            tail.append(" / ").append(ByteCount.format(total)).append(") ").append(bar(done, total))
                    .append(' ').append(percent(done, total)).append('%');
        } else {
            tail.append(')');
        }
        // No rate before any time has passed: a division by almost nothing would show nonsense.
        if (elapsedNanos >= 1_000_000) tail.append(' ').append(rate(done, elapsedNanos));
        return fit(label, width - tail.length()) + tail;
    }

    static int percent(long done, long total) {
        if (total <= 0) return 100;
        return (int) Math.min(100, done * 100 / total);
    }

    static String bar(long done, long total) {
        int filled = total <= 0 ? CELLS : (int) Math.min(CELLS, done * CELLS / total);
        StringBuilder bar = new StringBuilder("[");
        if (filled >= CELLS) {
            bar.append("=".repeat(CELLS));
        } else {
            bar.append("=".repeat(filled)).append('>').append(" ".repeat(CELLS - filled - 1));
        }
        return bar.append(']').toString();
    }

    static String rate(long done, long elapsedNanos) {
        double perSecond = done * 1e9 / elapsedNanos;
        return ByteCount.format((long) perSecond) + "/s";
    }

    private static String fit(String label, int room) {
        if (label.length() <= room) return label;
        if (room <= 3) return "";
        return "..." + label.substring(label.length() - (room - 3));
    }
}
