package dev.kiln.runtime.communicator.ssh;

import dev.kiln.runtime.spi.PermanentIOException;
import dev.kiln.stdlib.go.GoDuration;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import net.schmizz.sshj.userauth.UserAuthException;

/** Turns sshj and socket exceptions into the short, one-line reasons users see ("connection refused"). */
final class SshErrorText {

    /** sshj's words when a request's reply did not come within the operation timeout. */
    private static final Pattern TIMEOUT_EXPIRED = Pattern.compile("Timeout expired: (\\d+) MILLISECONDS");

    private SshErrorText() {}

    /** The reason of {@code error} without class names or stack traces. */
    static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof WatchedSocket.ReadTimeoutException || t instanceof PermanentIOException)
                return t.getMessage();
            if (t instanceof ConnectException) return "connection refused";
            if (t instanceof UnknownHostException) return "no such host";
            if (t instanceof NoRouteToHostException) return "no route to host";
            if (t instanceof SocketTimeoutException) return "i/o timeout";
            if (t instanceof EOFException) return "connection closed by the remote host";
        }
        if (error instanceof UserAuthException
                && (error.getMessage() == null || error.getMessage().startsWith("Exhausted"))) {
            return "authentication failed (permission denied)";
        }
        Throwable deepest = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) deepest = t;
        }
        String message = deepest.getMessage();
        if (message == null || message.isBlank()) return deepest.getClass().getSimpleName();
        message = message.strip().replace('\n', ' ');
        // sshj's words for a writer whose data the host stopped reading (a frozen host) within the operation timeout.
        if (message.equals("Timeout when trying to expand the window size"))
            return "the host stopped accepting data (timed out)";
        var expired = TIMEOUT_EXPIRED.matcher(message);
        if (expired.matches())
            return "no reply from the host within "
                    + GoDuration.format(Duration.ofMillis(Long.parseLong(expired.group(1))));
        if (deepest instanceof SocketException) message = message.toLowerCase(Locale.ROOT);
        return message;
    }
}
