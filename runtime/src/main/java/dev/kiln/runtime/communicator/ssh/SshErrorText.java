package dev.kiln.runtime.communicator.ssh;

import dev.kiln.runtime.spi.PermanentIOException;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import net.schmizz.sshj.userauth.UserAuthException;

/** Turns sshj and socket exceptions into the short, one-line reasons users see ("connection refused"). */
final class SshErrorText {

    private SshErrorText() {}

    /** The reason of {@code error} without class names or stack traces. */
    static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof WatchedSocket.ReadTimeoutException || t instanceof PermanentIOException) return t.getMessage();
            if (t instanceof ConnectException) return "connection refused";
            if (t instanceof UnknownHostException) return "no such host";
            if (t instanceof NoRouteToHostException) return "no route to host";
            if (t instanceof SocketTimeoutException) return "i/o timeout";
            if (t instanceof EOFException) return "connection closed by the remote host";
        }
        if (error instanceof UserAuthException && (error.getMessage() == null || error.getMessage().startsWith("Exhausted"))) {
            return "authentication failed (permission denied)";
        }
        Throwable deepest = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) deepest = t;
        }
        String message = deepest.getMessage();
        if (message == null || message.isBlank()) return deepest.getClass().getSimpleName();
        message = message.strip().replace('\n', ' ');
        if (deepest instanceof SocketException) message = message.toLowerCase(Locale.ROOT);
        return message;
    }
}
