package dev.kiln.cli.build;

/**
 * The text of a transfer bar, as Packer's (cheggaaa/pb):
 * {@code Uploading x (3.2 MB / 10.0 MB) [=====>    ] 32% 12.4 MB/s}; with an unknown total only
 * the bytes so far and the rate. Pure, so the rendering is tested without a terminal.
 */
final class ProgressBar {

    /** Cells between the brackets. */
    static final int CELLS = 20;

    /** Characters of the label kept before the rate and the bar give way. */
    static final int MIN_LABEL = 12;

    private ProgressBar() {}

    /**
     * The bar for {@code done} of {@code total} bytes ({@code < 0}: unknown) after {@code elapsedNanos},
     * at most {@code width} characters: a long label is shortened from the left, keeping the file name.
     */
    static String render(String label, long done, long total, long elapsedNanos, int width) {
        String sizes = " (" + ByteCount.format(done) + (total >= 0 ? " / " + ByteCount.format(total) : "") + ")";
        String percent = total >= 0 ? " " + percent(done, total) + "%" : "";
        // No rate before any time has passed: a division by almost nothing would show nonsense.
        String rate = elapsedNanos >= 1_000_000 ? " " + rate(done, elapsedNanos) : "";
        // On a narrow line the label keeps a readable tail: the bar shrinks first, then the rate
        // goes, then the bar; the sizes and the percentage always stay.
        int wanted = Math.min(label.length(), MIN_LABEL);
        String tail = sizes + percent;
        for (String candidate : new String[] {
            sizes + spacedBar(done, total, CELLS) + percent + rate,
                    sizes + spacedBar(done, total, CELLS / 2) + percent + rate,
            sizes + spacedBar(done, total, CELLS) + percent, sizes + spacedBar(done, total, CELLS / 2) + percent
        }) {
            if (width - candidate.length() >= wanted) {
                tail = candidate;
                break;
            }
        }
        return fit(label, width - tail.length()) + tail;
    }

    /** {@code " [===>   ]"} of {@code cells}, or nothing when the total is unknown. */
    private static String spacedBar(long done, long total, int cells) {
        return total < 0 ? "" : " " + bar(done, total, cells);
    }

    static int percent(long done, long total) {
        if (total <= 0) return 100;
        return (int) Math.min(100, done * 100 / total);
    }

    static String bar(long done, long total) {
        return bar(done, total, CELLS);
    }

    static String bar(long done, long total, int cells) {
        int filled = total <= 0 ? cells : (int) Math.min(cells, done * cells / total);
        StringBuilder bar = new StringBuilder("[");
        if (filled >= cells) {
            bar.append("=".repeat(cells));
        } else {
            bar.append("=".repeat(filled)).append('>').append(" ".repeat(cells - filled - 1));
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
