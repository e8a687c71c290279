package dev.kiln.cli.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The text of transfer bars: sizes, widths, percentages, rates, unknown totals, throttling. */
class ProgressBarTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void sizesUseSiUnitsWithOneDecimal() {
        assertEquals("0 B", ByteCount.format(0));
        assertEquals("999 B", ByteCount.format(999));
        assertEquals("1.0 kB", ByteCount.format(1000));
        assertEquals("3.2 MB", ByteCount.format(3_200_000));
        assertEquals("1.0 MB", ByteCount.format(999_960));
        assertEquals("10.0 GB", ByteCount.format(10_000_000_000L));
    }

    @Test
    void barShowsDoneOfTotalWithPercentageAndRate() {
        assertEquals(
                "Uploading x (3.2 MB / 10.0 MB) [======>             ] 32% 12.8 MB/s",
                ProgressBar.render("Uploading x", 3_200_000, 10_000_000, SECOND / 4, 200));
    }

    @Test
    void barIsEmptyAtStartAndFullAtEnd() {
        assertEquals("[>                   ]", ProgressBar.bar(0, 100));
        assertEquals("[====================]", ProgressBar.bar(100, 100));
        assertEquals("[====================]", ProgressBar.bar(0, 0));
        assertEquals(0, ProgressBar.percent(0, 100));
        assertEquals(99, ProgressBar.percent(999, 1000));
        assertEquals(100, ProgressBar.percent(5, 0));
        // A file that grew while being sent never shows more than 100%.
        assertEquals(100, ProgressBar.percent(150, 100));
        assertEquals("[====================]", ProgressBar.bar(150, 100));
    }

    @Test
    void unknownTotalShowsBytesAndRateOnly() {
        assertEquals(
                "Downloading logs (1.5 kB) 1.5 kB/s", ProgressBar.render("Downloading logs", 1500, -1, SECOND, 80));
    }

    @Test
    void noRateBeforeTimeHasPassed() {
        assertEquals(
                "Uploading x (0 B / 1.0 kB) [>                   ] 0%",
                ProgressBar.render("Uploading x", 0, 1000, 0, 80));
    }

    @Test
    void longLabelsAreShortenedFromTheLeftToFitTheWidth() {
        String line = ProgressBar.render("Uploading /very/long/path/to/some/archive.tar.gz", 500, 1000, SECOND, 70);
        assertEquals(70, line.length());
        assertEquals(".../archive.tar.gz (500 B / 1.0 kB) [==========>         ] 50% 500 B/s", line);
    }

    @Test
    void throttleAllowsTenRedrawsASecond() {
        AtomicLong now = new AtomicLong(5 * SECOND);
        RedrawThrottle throttle = new RedrawThrottle(now::get);
        assertTrue(throttle.ready(), "the first redraw");
        now.addAndGet(RedrawThrottle.INTERVAL_NANOS - 1);
        assertFalse(throttle.ready(), "too soon");
        now.addAndGet(1);
        assertTrue(throttle.ready(), "a tenth of a second later");
        int redraws = 0;
        for (int i = 0; i < 1000; i++) {
            now.addAndGet(SECOND / 1000);
            if (throttle.ready()) redraws++;
        }
        assertEquals(10, redraws);
    }

    @Test
    void elapsedTimesAreShort() {
        assertEquals("0s", TerminalWait.elapsed(0));
        assertEquals("59s", TerminalWait.elapsed(59));
        assertEquals("2m05s", TerminalWait.elapsed(125));
        assertEquals("1h02m05s", TerminalWait.elapsed(3725));
    }
}
