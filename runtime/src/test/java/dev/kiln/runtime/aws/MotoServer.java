package dev.kiln.runtime.aws;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit extension that runs {@code moto_server} (a local AWS imitation) on a free loopback
 * port for the tests of one class, and gives them its {@link #endpoint()} as a parameter. Tests
 * are skipped when moto is not installed, unless {@code CI} is set: there a missing moto fails,
 * because {@code scripts/test} installs it.
 */
public final class MotoServer implements BeforeAllCallback, ParameterResolver {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Map<String, String> extraEnvironment;
    private URI endpoint;

    /** moto with its own images. */
    public MotoServer() {
        this(Map.of());
    }

    private MotoServer(Map<String, String> extraEnvironment) {
        this.extraEnvironment = Map.copyOf(extraEnvironment);
    }

    /** moto whose images are the ones in {@code amis} ({@code MOTO_AMIS_PATH}), the same in every region. */
    public static MotoServer withAmis(Path amis) {
        return new MotoServer(Map.of("MOTO_AMIS_PATH", amis.toAbsolutePath().toString()));
    }

    /** The server's address, {@code http://127.0.0.1:PORT}. */
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Path executable = findOnPath("moto_server");
        if (executable == null) {
            String ci = System.getenv("CI");
            if (ci == null || ci.isEmpty()) {
                Assumptions.abort("moto_server is not installed (pip install 'moto[server]')");
            }
            throw new IllegalStateException("moto_server is not installed but CI is set; scripts/test installs it");
        }
        int port = freeLoopbackPort();
        Path log = Files.createTempFile("moto-server", ".log");
        ProcessBuilder builder = new ProcessBuilder(
                        executable.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // Keep moto from reading the developer's real AWS settings.
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_"));
        environment.putAll(extraEnvironment);
        Process process = builder.start();
        context.getStore(ExtensionContext.Namespace.create(MotoServer.class, context.getUniqueId()))
                .put("process", (ExtensionContext.Store.CloseableResource) () -> stop(process, log));
        waitUntilListening(process, port, log);
        endpoint = URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MotoServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return this;
    }

    private static Path findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    public static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void waitUntilListening(Process process, int port, Path log) throws Exception {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited early:\n" + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("moto_server did not listen on port " + port + " within " + STARTUP);
    }

    private static void stop(Process process, Path log) throws Exception {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Files.deleteIfExists(log);
    }
}
