package dev.kiln.runtime.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.runtime.aws.MotoServer;
import dev.kiln.stdlib.function.CallResult;
import dev.kiln.stdlib.function.FunctionCatalog;
import dev.kiln.stdlib.functions.FunctionEnvironment;
import dev.kiln.stdlib.functions.PackerFunctions;
import dev.kiln.stdlib.functions.SecretLookup;
import dev.kiln.stdlib.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link VaultReader}, {@link ConsulReader} and the functions over them, against fake servers on 127.0.0.1. */
class VaultAndConsulReaderTest {

    private static final String TOKEN = "s.t0ken";
    private static final String KV2 = "{\"data\": {\"data\": {\"user\": \"admin\"}, \"metadata\": {\"version\": 3}}}";
    private static final String KV1 = "{\"data\": {\"user\": \"root\"}, \"warnings\": null}";

    private static FakeHttpServer vault;
    private static FakeHttpServer consul;

    @BeforeAll
    static void startServers() throws Exception {
        vault = new FakeHttpServer((path, headers) -> {
            if (!TOKEN.equals(headers.get("x-vault-token"))) {
                return new FakeHttpServer.Reply(403, "{\"errors\": [\"permission denied\"]}");
            }
            switch (path) {
                case "/v1/secret/data/app":
                    return new FakeHttpServer.Reply(200, KV2);
                case "/v1/kv/app":
                    return new FakeHttpServer.Reply(200, KV1);
                case "/v1/sys/broken":
                    return new FakeHttpServer.Reply(500, "{\"errors\": [\"internal error\", \"try later\"]}");
                default:
                    return new FakeHttpServer.Reply(404, "{\"errors\": []}");
            }
        });
        consul = new FakeHttpServer((path, headers) -> {
            if (headers.containsKey("x-consul-token") && !"c-token".equals(headers.get("x-consul-token"))) {
                return new FakeHttpServer.Reply(403, "ACL not found");
            }
            switch (path) {
                case "/v1/kv/app/ami":
                    return new FakeHttpServer.Reply(200, entry("app/ami", "ami-0123"));
                case "/v1/kv/app/with space":
                    return new FakeHttpServer.Reply(200, entry("app/with space", "spaced"));
                case "/v1/kv/app/empty":
                    return new FakeHttpServer.Reply(200, "[{\"Key\": \"app/empty\", \"Value\": null}]");
                default:
                    return new FakeHttpServer.Reply(404, "");
            }
        });
    }

    private static String entry(String key, String value) {
        String encoded = Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
        return "[{\"Key\": \"" + key + "\", \"Flags\": 0, \"Value\": \"" + encoded + "\"}]";
    }

    @AfterAll
    static void stopServers() {
        vault.close();
        consul.close();
    }

    private static VaultReader vaultReader(String token) {
        return new VaultReader(
                Map.of("VAULT_ADDR", vault.address() + "/", "VAULT_TOKEN", token, "VAULT_NAMESPACE", "team"));
    }

    @Test
    void vaultAnswersAreReturnedAsTheyCome() {
        assertEquals(new SecretLookup.Found(KV2), vaultReader(TOKEN).read("secret/data/app"));
        assertEquals("team", vault.lastHeaders.get("x-vault-namespace"));
        assertEquals(new SecretLookup.Found(KV1), vaultReader(TOKEN).read("/kv/app"));
    }

    @Test
    void vaultFailuresSayWhat() {
        assertEquals(
                new SecretLookup.Failed("Vault Secret does not exist at the given path"),
                vaultReader(TOKEN).read("secret/data/nothing"));
        assertEquals(
                new SecretLookup.Failed("Error reading vault secret: Vault answered HTTP 403: permission denied"),
                vaultReader("wrong").read("secret/data/app"));
        assertEquals(
                new SecretLookup.Failed(
                        "Error reading vault secret: Vault answered HTTP 500: internal error; try later"),
                vaultReader(TOKEN).read("sys/broken"));
        assertEquals(
                new SecretLookup.Failed("Must set VAULT_TOKEN env var in order to use vault template function"),
                new VaultReader(Map.of("VAULT_ADDR", vault.address())).read("secret/data/app"));
    }

    @Test
    void anUnreachableVaultIsAOneLineFailure() throws Exception {
        String closed = "http://127.0.0.1:" + MotoServer.freeLoopbackPort();
        assertEquals(
                new SecretLookup.Failed(
                        "Error reading vault secret: cannot reach Vault at " + closed + ": connection refused"),
                new VaultReader(Map.of("VAULT_ADDR", closed, "VAULT_TOKEN", TOKEN)).read("secret/data/app"));
    }

    @Test
    void consulValuesAreDecoded() {
        ConsulReader reader =
                new ConsulReader(Map.of("CONSUL_HTTP_ADDR", consul.hostAndPort(), "CONSUL_HTTP_TOKEN", "c-token"));
        assertEquals(new SecretLookup.Found("ami-0123"), reader.read("app/ami"));
        assertEquals("c-token", consul.lastHeaders.get("x-consul-token"));
        assertEquals(new SecretLookup.Found("spaced"), reader.read("app/with space"));
        assertEquals(new SecretLookup.Found(""), reader.read("app/empty"));
        assertEquals(
                new SecretLookup.Failed("key does not exist at the given path: app/none"), reader.read("app/none"));
        assertEquals(
                new SecretLookup.Failed("error reading consul key: Unexpected response code: 403 (ACL not found)"),
                new ConsulReader(Map.of("CONSUL_HTTP_ADDR", consul.address(), "CONSUL_HTTP_TOKEN", "bad"))
                        .read("app/ami"));
    }

    @Test
    void anUnreachableConsulIsAOneLineFailure() throws Exception {
        String closed = "127.0.0.1:" + MotoServer.freeLoopbackPort();
        assertEquals(
                new SecretLookup.Failed(
                        "error reading consul key: cannot reach Consul at http://" + closed + ": connection refused"),
                new ConsulReader(Map.of("CONSUL_HTTP_ADDR", closed)).read("app/ami"));
    }

    @Test
    void theFunctionsReadThroughTheRemoteSource() {
        Map<String, String> environment =
                Map.of("VAULT_ADDR", vault.address(), "VAULT_TOKEN", TOKEN, "CONSUL_HTTP_ADDR", consul.hostAndPort());
        try (RemoteSecretSource source = RemoteSecretSource.fromEnvironment(environment)) {
            FunctionCatalog catalog =
                    PackerFunctions.catalog(FunctionEnvironment.system().withSecrets(source));
            assertEquals("\"admin\"", call(catalog, "vault", "secret/data/app", "user"));
            assertEquals("\"root\"", call(catalog, "vault", "kv/app", "user"));
            assertEquals(
                    "Call to function \"vault\" failed: the Vault secret \"secret/data/nothing\" could not be read:"
                            + " Vault Secret does not exist at the given path.",
                    call(catalog, "vault", "secret/data/nothing", "user"));
            assertEquals("\"ami-0123\"", call(catalog, "consul_key", "app/ami"));
            assertEquals(
                    "Call to function \"consul_key\" failed: value is empty at path app/empty.",
                    call(catalog, "consul_key", "app/empty"));
            assertEquals(
                    "Call to function \"consul_key\" failed: the Consul key \"app/none\" could not be read:"
                            + " key does not exist at the given path: app/none.",
                    call(catalog, "consul_key", "app/none"));
        }
    }

    private static String call(FunctionCatalog catalog, String name, String... arguments) {
        Value[] args = new Value[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            args[i] = Value.string(arguments[i]);
        }
        CallResult result = catalog.lookup(name).orElseThrow().call(args);
        return result.isSuccess()
                ? "\"" + ((dev.kiln.stdlib.value.StringValue) result.value()).value() + "\""
                : ((CallResult.Failure) result).error().detail();
    }
}
