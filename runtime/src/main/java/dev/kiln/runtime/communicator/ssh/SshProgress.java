package dev.kiln.runtime.communicator.ssh;

import dev.kiln.runtime.spi.Ui;
import dev.kiln.runtime.spi.Wait;

/** Where connecting reports what it does: {@code say} for the build UI, {@code debug} for retries (shown with -debug). */
public interface SshProgress {

    /** A message every user sees ("Waiting for SSH to become available...", "Connected to SSH!", the host key fingerprint). */
    void say(String message);

    /** A detail for debug mode, e.g. why an attempt failed and that it will retry. */
    void debug(String message);

    /** Says {@code message} and shows the time spent waiting until closed (see {@link Ui#startWait}); idempotent close. */
    default Wait startWait(String message) {
        say(message);
        return Wait.NONE;
    }

    /** Reports nothing. */
    static SshProgress silent() {
        return to(null, false);
    }

    /** Reports to {@code ui}; debug messages only when {@code debug} is set. */
    static SshProgress to(Ui ui, boolean debug) {
        return new SshProgress() {
            @Override
            public void say(String message) {
                if (ui != null) ui.say(message);
            }

            @Override
            public Wait startWait(String message) {
                return ui == null ? Wait.NONE : ui.startWait(message);
            }

            @Override
            public void debug(String message) {
                if (ui != null && debug) ui.say(message);
            }
        };
    }
}
