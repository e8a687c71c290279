package dev.kiln.cli.amazon;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP proxy on 127.0.0.1 in front of moto: records the EC2 action of every call
 * ({@code Action=...} in the form body) and can break the Nth call of a chosen action: answer 500
 * ({@code InternalError}) or 400 throttling ({@code RequestLimitExceeded}) without forwarding, drop
 * the connection after a pause (a timeout), or forward it and run a hook (a signal to kiln) while
 * holding the answer back.
 */
final class Ec2Proxy implements AutoCloseable {

    /** What happens to a chosen call. */
    enum Fault {
        SERVER_ERROR,
        THROTTLING,
        TIMEOUT,
        HOLD
    }

    private record Rule(String action, int from, int times, Fault fault, Runnable hook) {}

    private final HttpServer server;
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI moto;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<Rule> rules = new CopyOnWriteArrayList<>();

    Ec2Proxy(URI moto) throws IOException {
        this.moto = moto;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Breaks calls {@code from} .. {@code from + times - 1} (counted from 1) of {@code action} with {@code fault}. */
    void fail(String action, int from, int times, Fault fault) {
        rules.add(new Rule(action, from, times, fault, () -> {}));
    }

    /** Forwards the {@code nth} call of {@code action}, runs {@code hook}, and holds the answer back for 3 s. */
    void hold(String action, int nth, Runnable hook) {
        rules.add(new Rule(action, nth, 1, Fault.HOLD, hook));
    }

    /** Forgets the calls and rules so far. */
    void reset() {
        calls.clear();
        counts.clear();
        rules.clear();
    }

    /** The distinct actions called so far. */
    Set<String> actions() {
        return new java.util.TreeSet<>(calls);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String action = action(new String(body, StandardCharsets.UTF_8));
        calls.add(action);
        int n = counts.computeIfAbsent(action, a -> new AtomicInteger()).incrementAndGet();
        Rule rule = rules.stream()
                .filter(r -> r.action.equals(action) && n >= r.from && n < r.from + r.times)
                .findFirst()
                .orElse(null);
        try {
            if (rule != null && rule.fault == Fault.SERVER_ERROR) {
                answer(exchange, 500, error("InternalError", "injected by Ec2Proxy"));
                return;
            }
            if (rule != null && rule.fault == Fault.THROTTLING) {
                answer(exchange, 400, error("RequestLimitExceeded", "Request limit exceeded (injected by Ec2Proxy)"));
                return;
            }
            if (rule != null && rule.fault == Fault.TIMEOUT) {
                Thread.sleep(2000);
                exchange.close();
                return;
            }
            HttpResponse<byte[]> response = forward(exchange, body);
            if (rule != null && rule.fault == Fault.HOLD) {
                rule.hook.run();
                Thread.sleep(3000);
            }
            exchange.getResponseHeaders().put("Content-Type", response.headers().allValues("Content-Type"));
            answer(exchange, response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (IOException e) {
            exchange.close();
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        moto.resolve(exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!Set.of("host", "content-length", "connection", "expect", "transfer-encoding")
                    .contains(name.toLowerCase())) {
                values.forEach(v -> request.header(name, v));
            }
        });
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] error(String code, String message) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Errors><Error><Code>" + code + "</Code><Message>"
                        + message + "</Message></Error></Errors><RequestID>injected</RequestID></Response>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String action(String form) {
        for (String pair : form.split("&")) {
            if (pair.startsWith("Action=")) return URLDecoder.decode(pair.substring(7), StandardCharsets.UTF_8);
        }
        return "?";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The calls in order, for failure messages. */
    List<String> calls() {
        return new ArrayList<>(calls);
    }
}
