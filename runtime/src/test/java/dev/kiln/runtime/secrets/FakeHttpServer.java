package dev.kiln.runtime.secrets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A tiny HTTP server on 127.0.0.1 that answers from a function, imitating Vault or Consul. */
final class FakeHttpServer implements AutoCloseable {

    /** What to answer for a request. */
    interface Handler {
        Reply handle(String path, Map<String, String> headers);
    }

    /** A status and a JSON body. */
    record Reply(int status, String body) {}

    private final HttpServer server;
    /** The headers of the last request, lower-cased names, to check what was sent. */
    final Map<String, String> lastHeaders = new ConcurrentHashMap<>();

    FakeHttpServer(Handler handler) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> answer(exchange, handler));
        server.start();
    }

    private void answer(HttpExchange exchange, Handler handler) throws IOException {
        lastHeaders.clear();
        exchange.getRequestHeaders().forEach((name, values) -> lastHeaders.put(name.toLowerCase(), values.get(0)));
        Reply reply = handler.handle(exchange.getRequestURI().getPath(), lastHeaders);
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code 127.0.0.1:PORT}, as CONSUL_HTTP_ADDR is usually written. */
    String hostAndPort() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
