package dev.kiln.runtime.secrets;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** One HTTP GET with a JSON answer, for the Vault and Consul readers. */
final class HttpGet {

    /** A status and body, or the reason there is none. */
    record Answer(int status, String body, String failure) {}

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Made on the first request: building an HttpClient sets up TLS, a few hundred milliseconds
     * that a build which never calls vault() or consul_key() must not pay.
     */
    private HttpClient client;

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(CONNECT_TIMEOUT)
                    // Vault standby nodes answer with redirects to the active node.
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }
        return client;
    }

    /** GETs {@code uri} with {@code headers}; never throws. */
    Answer get(URI uri, Map<String, String> headers) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET();
            headers.forEach(request::header);
            HttpResponse<String> response =
                    client().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", "interrupted");
        } catch (IOException | RuntimeException e) {
            return new Answer(0, "", Causes.describe(e));
        }
    }
}
