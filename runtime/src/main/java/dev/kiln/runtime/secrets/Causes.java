package dev.kiln.runtime.secrets;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/** Turns exceptions into the one-line causes users see in diagnostics, never stack traces. */
public final class Causes {

    private Causes() {}

    /** The most telling message of {@code e} and its causes. */
    public static String describe(Throwable e) {
        Throwable root = e;
        // The JDK's HttpClient wraps a message-less ConnectException around the channel's own error,
        // the AWS SDK wraps it the other way round: look at the whole chain.
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof HttpTimeoutException) {
                return "timed out";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof SSLException) {
                return "TLS error: " + message(t);
            }
            root = t;
        }
        String outer = message(e);
        return outer.isEmpty() ? message(root) : outer;
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : firstLine(message);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).trim();
    }
}
