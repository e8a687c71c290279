package dev.kiln.runtime.secrets;

import dev.kiln.stdlib.functions.SecretLookup;
import dev.kiln.stdlib.json.JsonDecoding;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Consul KV values over Consul's HTTP API ({@code GET /v1/kv/KEY}), configured as the
 * Consul client Packer uses: {@code CONSUL_HTTP_ADDR} (default {@code 127.0.0.1:8500}), {@code
 * CONSUL_HTTP_SSL}, {@code CONSUL_HTTP_TOKEN} and {@code CONSUL_HTTP_AUTH}.
 */
public final class ConsulReader {

    private static final String DEFAULT_ADDRESS = "127.0.0.1:8500";

    private final Map<String, String> environment;
    private final HttpGet http = new HttpGet();

    /** A reader configured from {@code environment}. */
    public ConsulReader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The value at {@code key} decoded as UTF-8 (possibly empty), or why there is none. */
    public SecretLookup read(String key) {
        String address = environment.getOrDefault("CONSUL_HTTP_ADDR", "");
        if (address.isEmpty()) {
            address = DEFAULT_ADDRESS;
        }
        if (address.startsWith("unix://")) {
            return new SecretLookup.Failed("error reading consul key: unix socket addresses are not supported");
        }
        if (!address.contains("://")) {
            boolean tls = Boolean.parseBoolean(environment.getOrDefault("CONSUL_HTTP_SSL", "false"));
            address = (tls ? "https://" : "http://") + address;
        }
        URI uri;
        try {
            uri = URI.create(VaultReader.trimTrailingSlashes(address) + "/v1/kv/"
                    + escapePath(VaultReader.trimLeadingSlashes(key)));
        } catch (IllegalArgumentException e) {
            return new SecretLookup.Failed(
                    "error getting consul client: CONSUL_HTTP_ADDR \"" + address + "\" is not a valid address");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String token = environment.getOrDefault("CONSUL_HTTP_TOKEN", "");
        if (!token.isEmpty()) {
            headers.put("X-Consul-Token", token);
        }
        String auth = environment.getOrDefault("CONSUL_HTTP_AUTH", "");
        if (!auth.isEmpty()) {
            headers.put(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        }
        HttpGet.Answer answer = http.get(uri, headers);
        if (answer.failure() != null) {
            return new SecretLookup.Failed(
                    "error reading consul key: cannot reach Consul at " + address + ": " + answer.failure());
        }
        if (answer.status() == 404) {
            return new SecretLookup.Failed("key does not exist at the given path: " + key);
        }
        if (answer.status() != 200) {
            String body = answer.body().strip();
            return new SecretLookup.Failed("error reading consul key: Unexpected response code: " + answer.status()
                    + (body.isEmpty() ? "" : " (" + body + ")"));
        }
        return value(answer.body());
    }

    /** The first entry's base64 {@code Value}; null stands for an empty value, as in the Go client. */
    private static SecretLookup value(String body) {
        JsonDecoding.Result result = JsonDecoding.decode(body);
        Value entries =
                result instanceof JsonDecoding.Result.Decoded ? ((JsonDecoding.Result.Decoded) result).value() : null;
        if (!(entries instanceof TupleValue)
                || ((TupleValue) entries).length() == 0
                || !(((TupleValue) entries).elements().get(0) instanceof ObjectValue)) {
            return new SecretLookup.Failed("error reading consul key: the answer is not a list of entries");
        }
        Value encoded = ((ObjectValue) ((TupleValue) entries).elements().get(0))
                .attributes()
                .get("Value");
        if (!(encoded instanceof StringValue)) {
            return new SecretLookup.Found("");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(((StringValue) encoded).value());
            return new SecretLookup.Found(new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return new SecretLookup.Failed("error reading consul key: the value is not valid base64");
        }
    }

    /** Escapes each segment of a key so that spaces, ? and # reach Consul as part of the key. */
    private static String escapePath(String key) {
        List<String> segments = new ArrayList<>();
        for (String segment : key.split("/", -1)) {
            segments.add(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return String.join("/", segments);
    }
}
