package dev.kiln.runtime.communicator.ssh;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import javax.net.SocketFactory;

/**
 * A TCP socket whose read timeout ends the connection. sshj's reader thread ignores
 * {@link SocketTimeoutException} and reads on, so a timeout alone never fails anything: this
 * socket turns it into an {@link IOException} naming what was awaited, which sshj treats as a
 * dead transport and passes to every waiting operation.
 */
final class WatchedSocket extends Socket {

    private volatile String awaited = "SSH banner or handshake reply from the host";
    private volatile String option = "";

    /** Names what a read that times out was waiting for and the option that set the bound, for the error message. */
    void awaiting(String what, String optionName) {
        awaited = what;
        option = optionName;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return new FilterInputStream(super.getInputStream()) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (SocketTimeoutException e) {
                    throw timedOut(e);
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return super.read(b, off, len);
                } catch (SocketTimeoutException e) {
                    throw timedOut(e);
                }
            }
        };
    }

    private IOException timedOut(SocketTimeoutException e) throws IOException {
        String bound = SshConnector.format(java.time.Duration.ofMillis(getSoTimeout()));
        return new ReadTimeoutException("no " + awaited + " for " + bound + (option.isEmpty() ? "" : " (" + option + ")"), e);
    }

    /** The connection stayed silent longer than its read timeout. */
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
            Socket s = createSocket();
            s.connect(new java.net.InetSocketAddress(host, port));
            return s;
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            Socket s = createSocket();
            s.bind(new java.net.InetSocketAddress(localHost, localPort));
            s.connect(new java.net.InetSocketAddress(host, port));
            return s;
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            Socket s = createSocket();
            s.connect(new java.net.InetSocketAddress(host, port));
            return s;
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            Socket s = createSocket();
            s.bind(new java.net.InetSocketAddress(localAddress, localPort));
            s.connect(new java.net.InetSocketAddress(address, port));
            return s;
        }
    }
}
