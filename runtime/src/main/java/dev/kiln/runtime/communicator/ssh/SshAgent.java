package dev.kiln.runtime.communicator.ssh;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.SSHPacket;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AbstractAuthMethod;
import net.schmizz.sshj.userauth.method.AuthMethod;

/**
 * A client of the local ssh-agent ({@code ssh_agent_auth}): lists its keys and has it sign the
 * login request, so private keys never enter kiln. sshj has no agent support of its own.
 */
final class SshAgent {

    private static final byte FAILURE = 5;
    private static final byte REQUEST_IDENTITIES = 11;
    private static final byte IDENTITIES_ANSWER = 12;
    private static final byte SIGN_REQUEST = 13;
    private static final byte SIGN_RESPONSE = 14;
    private static final int RSA_SHA2_512 = 4;

    private final Optional<Path> socket;

    SshAgent(Optional<Path> socket) {
        this.socket = socket;
    }

    /** The agent at {@code $SSH_AUTH_SOCK}. */
    static SshAgent fromEnvironment() {
        return new SshAgent(Optional.ofNullable(System.getenv("SSH_AUTH_SOCK"))
                .filter(s -> !s.isEmpty())
                .map(Path::of));
    }

    /** One publickey method per key the agent holds. */
    List<AuthMethod> authMethods() throws IOException {
        Path path = socket.orElseThrow(() ->
                new UserAuthException("ssh_agent_auth: SSH_AUTH_SOCK is not set, so there is no SSH agent to ask"));
        Buffer.PlainBuffer answer = call(path, new Buffer.PlainBuffer().putByte(REQUEST_IDENTITIES));
        if (answer.readByte() != IDENTITIES_ANSWER)
            throw new UserAuthException("ssh_agent_auth: the agent refused to list keys");
        List<AuthMethod> methods = new ArrayList<>();
        try {
            long count = answer.readUInt32();
            for (long i = 0; i < count; i++) {
                byte[] blob = answer.readBytes();
                answer.readString(); // comment
                methods.add(new AgentKeyAuth(path, blob));
            }
        } catch (Buffer.BufferException e) {
            throw new UserAuthException("ssh_agent_auth: malformed answer from the agent", e);
        }
        if (methods.isEmpty()) throw new UserAuthException("ssh_agent_auth: the SSH agent holds no keys");
        return methods;
    }

    private static Buffer.PlainBuffer call(Path path, Buffer.PlainBuffer request) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(path));
            byte[] body = request.getCompactData();
            ByteBuffer out = ByteBuffer.allocate(4 + body.length)
                    .putInt(body.length)
                    .put(body)
                    .flip();
            while (out.hasRemaining()) channel.write(out);
            ByteBuffer length = readFully(channel, 4);
            return new Buffer.PlainBuffer(readFully(channel, length.getInt()).array());
        } catch (IOException e) {
            throw new UserAuthException(
                    "ssh_agent_auth: cannot talk to the SSH agent at " + path + ": " + SshErrorText.reason(e), e);
        }
    }

    private static ByteBuffer readFully(SocketChannel channel, int size) throws IOException {
        if (size < 0 || size > 1 << 20) throw new IOException("bad agent message length " + size);
        ByteBuffer buffer = ByteBuffer.allocate(size);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) throw new IOException("the agent closed the connection");
        }
        return buffer.flip();
    }

    /** "publickey" authentication whose signature the agent makes (RFC 4252 section 7, signed at once). */
    private static final class AgentKeyAuth extends AbstractAuthMethod {
        private final Path agent;
        private final byte[] blob;

        AgentKeyAuth(Path agent, byte[] blob) {
            super("publickey");
            this.agent = agent;
            this.blob = blob;
        }

        @Override
        protected SSHPacket buildReq() throws UserAuthException {
            String keyType;
            try {
                keyType = new Buffer.PlainBuffer(blob).readString();
            } catch (Buffer.BufferException e) {
                throw new UserAuthException("ssh_agent_auth: malformed key from the agent", e);
            }
            boolean rsa = keyType.equals("ssh-rsa");
            SSHPacket request = super.buildReq()
                    .putBoolean(true)
                    .putString(rsa ? "rsa-sha2-512" : keyType)
                    .putBytes(blob);
            byte[] signed = new Buffer.PlainBuffer()
                    .putString(params.getTransport().getSessionID())
                    .putBuffer(request)
                    .getCompactData();
            try {
                Buffer.PlainBuffer reply = call(
                        agent,
                        new Buffer.PlainBuffer()
                                .putByte(SIGN_REQUEST)
                                .putBytes(blob)
                                .putBytes(signed)
                                .putUInt32(rsa ? RSA_SHA2_512 : 0));
                byte kind = reply.readByte();
                if (kind == FAILURE || kind != SIGN_RESPONSE)
                    throw new UserAuthException("ssh_agent_auth: the agent refused to sign");
                return request.putBytes(reply.readBytes());
            } catch (IOException e) {
                throw e instanceof UserAuthException ? (UserAuthException) e : new UserAuthException(e.getMessage(), e);
            }
        }

        @Override
        public void request() throws UserAuthException, TransportException {
            params.getTransport().write(buildReq());
        }
    }
}
