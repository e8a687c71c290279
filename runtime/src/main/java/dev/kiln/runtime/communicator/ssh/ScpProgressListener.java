package dev.kiln.runtime.communicator.ssh;

import dev.kiln.runtime.spi.Progress;
import net.schmizz.sshj.common.StreamCopier;
import net.schmizz.sshj.xfer.TransferListener;

/**
 * Feeds a {@link Progress} from sshj's SCP engine, which walks directory trees itself: sshj
 * reports the bytes copied so far per file, the bar wants increments.
 */
final class ScpProgressListener implements TransferListener {

    private final Progress progress;

    ScpProgressListener(Progress progress) {
        this.progress = progress;
    }

    @Override
    public TransferListener directory(String name) {
        return this;
    }

    @Override
    public StreamCopier.Listener file(String name, long size) {
        long[] reported = {0};
        return transferred -> {
            progress.advance(transferred - reported[0]);
            reported[0] = transferred;
        };
    }
}
