package dev.kiln.runtime.communicator.ssh;

import dev.kiln.runtime.ui.Ui;

/** Where connecting reports what it does: {@code say} for the build UI, {@code debug} for retries (shown with -debug). */
public interface SshProgress {

    /** A message every user sees ("Waiting for SSH to become available...", "Connected to SSH!", the host key fingerprint). */
    void say(String message);

    /** A detail for debug mode, e.g. why an attempt failed and that it will retry. */
    void debug(String message);

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
            public void debug(String message) {
                if (ui != null && debug) ui.say(message);
            }
        };
    }
}
