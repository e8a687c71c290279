package dev.kiln.runtime.secrets;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/** Turns exceptions into the one-line causes users see in diagnostics, never stack traces. */
public final class Causes {

    /** What users read instead of the AWS SDK's 1,300-character list of every credential provider it tried. */
    static final String NO_AWS_CREDENTIALS =
            "no AWS credentials found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY,"
                    + " or AWS_PROFILE (a profile in ~/.aws), or access_key and secret_key (or profile) in the block";

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
            // The SDK's message is its provider chain's toString and each provider's reason, on one line.
            if (message(t).startsWith("Unable to load credentials from any of the providers in the chain")) {
                return NO_AWS_CREDENTIALS;
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
