package dev.kiln.runtime.secrets;

import dev.kiln.stdlib.functions.SecretLookup;
import dev.kiln.stdlib.json.JsonDecoding;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Vault secrets over Vault's HTTP API ({@code GET /v1/PATH}), configured as the Vault
 * client Packer uses: {@code VAULT_ADDR} (default {@code https://127.0.0.1:8200}), {@code
 * VAULT_TOKEN} (required, as Packer requires it) and {@code VAULT_NAMESPACE}.
 */
public final class VaultReader {

    private static final String DEFAULT_ADDRESS = "https://127.0.0.1:8200";

    private final Map<String, String> environment;
    private final HttpGet http = new HttpGet();

    /** A reader configured from {@code environment}. */
    public VaultReader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The JSON answer for {@code path}, or why there is none. */
    public SecretLookup read(String path) {
        String token = environment.getOrDefault("VAULT_TOKEN", "");
        if (token.isEmpty()) {
            return new SecretLookup.Failed("Must set VAULT_TOKEN env var in order to use vault template function");
        }
        String address = environment.getOrDefault("VAULT_ADDR", "");
        if (address.isEmpty()) {
            address = DEFAULT_ADDRESS;
        }
        URI uri;
        try {
            uri = URI.create(trimTrailingSlashes(address) + "/v1/" + trimLeadingSlashes(path));
        } catch (IllegalArgumentException e) {
            return new SecretLookup.Failed("VAULT_ADDR \"" + address + "\" is not a valid address");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Vault-Token", token);
        String namespace = environment.getOrDefault("VAULT_NAMESPACE", "");
        if (!namespace.isEmpty()) {
            headers.put("X-Vault-Namespace", namespace);
        }
        HttpGet.Answer answer = http.get(uri, headers);
        if (answer.failure() != null) {
            return new SecretLookup.Failed(
                    "Error reading vault secret: cannot reach Vault at " + address + ": " + answer.failure());
        }
        ObjectValue body = parse(answer.body());
        if (answer.status() == 200) {
            return body == null
                    ? new SecretLookup.Failed("Error reading vault secret: the answer is not a JSON object")
                    : new SecretLookup.Found(answer.body());
        }
        if (answer.status() == 404) {
            // As Vault's Go client: a 404 carrying data or warnings is still an answer, else nothing is there.
            if (body != null
                    && (hasContent(body.attributes().get("data"))
                            || hasContent(body.attributes().get("warnings")))) {
                return new SecretLookup.Found(answer.body());
            }
            return new SecretLookup.Failed("Vault Secret does not exist at the given path");
        }
        List<String> errors = strings(body == null ? null : body.attributes().get("errors"));
        return new SecretLookup.Failed("Error reading vault secret: Vault answered HTTP " + answer.status()
                + (errors.isEmpty() ? "" : ": " + String.join("; ", errors)));
    }

    static ObjectValue parse(String text) {
        JsonDecoding.Result result = JsonDecoding.decode(text);
        if (result instanceof JsonDecoding.Result.Decoded) {
            Value value = ((JsonDecoding.Result.Decoded) result).value();
            return value instanceof ObjectValue ? (ObjectValue) value : null;
        }
        return null;
    }

    private static boolean hasContent(Value value) {
        if (value instanceof ObjectValue) {
            return !((ObjectValue) value).attributes().isEmpty();
        }
        if (value instanceof TupleValue) {
            return ((TupleValue) value).length() > 0;
        }
        return false;
    }

    private static List<String> strings(Value value) {
        List<String> out = new ArrayList<>();
        if (value instanceof TupleValue) {
            for (Value element : ((TupleValue) value).elements()) {
                if (element instanceof StringValue) {
                    out.add(((StringValue) element).value());
                }
            }
        }
        return out;
    }

    static String trimTrailingSlashes(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '/') {
            end--;
        }
        return text.substring(0, end);
    }

    static String trimLeadingSlashes(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '/') {
            start++;
        }
        return text.substring(start);
    }
}
