package dev.kiln.runtime.communicator.ssh;

import dev.kiln.stdlib.go.GoDuration;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;

/**
 * A TCP socket that ends the connection when the host falls silent. Two mechanisms, because
 * neither sshj nor Java does it:
 * <ul>
 * <li>while connecting, a read timeout: sshj's reader thread ignores {@link SocketTimeoutException}
 *     and reads on, so this socket turns it into an error naming what was awaited (the banner);</li>
 * <li>once logged in, a watchdog ({@link #closeAfterSilence}) that closes the socket when nothing
 *     arrived for the bound: a frozen host otherwise blocks a writer (an upload, and with it the
 *     keep-alive that shares the write lock) forever, since socket writes have no timeout.</li>
 * </ul>
 * Either way the reads and writes then fail with a {@link ReadTimeoutException}, which sshj
 * treats as a dead transport and passes to every waiting operation.
 */
final class WatchedSocket extends Socket {

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kiln-ssh-watchdog");
        t.setDaemon(true);
        return t;
    });

    private volatile String awaited = "SSH banner or handshake reply from the host";
    private volatile long lastReadNanos = System.nanoTime();
    /** Why the watchdog closed the socket; null while it has not. */
    private volatile String closedBecause;

    private ScheduledFuture<?> watch;

    /**
     * Closes the socket once the host has sent nothing for {@code limit}; {@code reason} names
     * the setting behind the bound for the error message. Replaces the read timeout.
     */
    synchronized void closeAfterSilence(Duration limit, String reason) throws IOException {
        setSoTimeout(0);
        if (watch != null) watch.cancel(false);
        long limitNanos = limit.toNanos();
        long period = Math.max(50, Math.min(1000, limit.toMillis() / 4));
        lastReadNanos = System.nanoTime();
        watch = WATCHDOG.scheduleAtFixedRate(
                () -> {
                    if (System.nanoTime() - lastReadNanos < limitNanos) return;
                    closedBecause = "no data from the host for " + GoDuration.format(limit) + " (" + reason + ")";
                    try {
                        close();
                    } catch (IOException e) {
                        // Closed either way.
                    }
                },
                period,
                period,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() throws IOException {
        if (watch != null) watch.cancel(false);
        super.close();
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return new FilterInputStream(super.getInputStream()) {
            @Override
            public int read() throws IOException {
                try {
                    int b = super.read();
                    lastReadNanos = System.nanoTime();
                    return b;
                } catch (IOException e) {
                    throw translated(e);
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    int n = super.read(b, off, len);
                    lastReadNanos = System.nanoTime();
                    return n;
                } catch (IOException e) {
                    throw translated(e);
                }
            }
        };
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
        return new FilterOutputStream(super.getOutputStream()) {
            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw translated(e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw translated(e);
                }
            }
        };
    }

    private IOException translated(IOException e) {
        String reason = closedBecause;
        if (reason != null) return new ReadTimeoutException(reason, e);
        if (e instanceof SocketTimeoutException) {
            int millis;
            try {
                millis = getSoTimeout();
            } catch (IOException closed) {
                millis = 0;
            }
            return new ReadTimeoutException(
                    "no " + awaited + " for " + GoDuration.format(Duration.ofMillis(millis)), e);
        }
        return e;
    }

    /** The host stayed silent longer than its bound. */
    static final class ReadTimeoutException extends IOException {
        private static final long serialVersionUID = 1L;

        ReadTimeoutException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Makes {@link WatchedSocket}s for sshj, which only calls {@link #createSocket()}. */
    static final class Factory extends SocketFactory {
        @Override
        public Socket createSocket() {
            return new WatchedSocket();
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port), null);
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return connected(new InetSocketAddress(host, port), null);
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
        }

        private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
            Socket s = createSocket();
            if (local != null) s.bind(local);
            s.connect(remote);
            return s;
        }
    }
}
