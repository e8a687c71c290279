package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.json.JsonDecoding;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Packer's functions that read secrets from external stores: {@code aws_secretsmanager}, {@code
 * aws_secretsmanager_raw}, {@code vault} and {@code consul_key}. They read through the {@link
 * SecretSource} of the {@link FunctionEnvironment}; where it has nothing to offer at this stage
 * the result is an unknown string, so that {@code validate} accepts templates using them.
 */
public final class SecretFunctions {

    private SecretFunctions() {}

    /** All functions of this family, reading from {@code environment}'s secret source. */
    public static List<Function> all(FunctionEnvironment environment) {
        SecretSource source = environment.secrets();
        return List.of(awsSecretsManager(source), awsSecretsManagerRaw(source), consulKey(source), vault(source));
    }

    private static Function awsSecretsManager(SecretSource source) {
        return Function.builder("aws_secretsmanager")
                .parameter(Parameter.of("name", Type.STRING))
                .parameter(Parameter.of("key", Type.STRING).allowingNull())
                .returns(Type.STRING)
                .summary("Reads a secret from AWS Secrets Manager, or one key of a key/value secret.")
                .description("Reads the AWSCURRENT version of the secret with the default AWS credential and"
                        + " region chain. A secret that is not a JSON object is returned as it is. For a"
                        + " JSON object, key names the value to return; with a null or empty key the"
                        + " object must have exactly one key. Numbers are returned rounded to whole"
                        + " numbers, as Packer does.")
                .implementation((args, returnType) -> {
                    String name = text(args.get(0));
                    String key = args.get(1).isNull() ? "" : text(args.get(1));
                    if (name.isEmpty()) {
                        throw FunctionException.of("At least one secret name must be provided");
                    }
                    String secret = lookup(source.awsSecret(name), "the secret \"" + name + "\"");
                    return secret == null ? Value.unknown(Type.STRING) : Value.string(pickAwsValue(secret, key));
                })
                .build();
    }

    private static Function awsSecretsManagerRaw(SecretSource source) {
        return Function.builder("aws_secretsmanager_raw")
                .parameter(Parameter.of("name", Type.STRING))
                .returns(Type.STRING)
                .summary("Reads a secret from AWS Secrets Manager as it is stored.")
                .description("Reads the AWSCURRENT version of the secret with the default AWS credential and"
                        + " region chain and returns its text unchanged: a key/value secret gives its"
                        + " JSON.")
                .implementation((args, returnType) -> {
                    String name = text(args.get(0));
                    if (name.isEmpty()) {
                        throw FunctionException.of("At least one secret name must be provided");
                    }
                    String secret = lookup(source.awsSecret(name), "the secret \"" + name + "\"");
                    return secret == null ? Value.unknown(Type.STRING) : Value.string(secret);
                })
                .build();
    }

    private static Function vault(SecretSource source) {
        return Function.builder("vault")
                .parameter(Parameter.of("path", Type.STRING))
                .parameter(Parameter.of("key", Type.STRING))
                .returns(Type.STRING)
                .summary("Reads one key of a secret from HashiCorp Vault.")
                .description("Uses VAULT_ADDR and VAULT_TOKEN (and VAULT_NAMESPACE). The path is the API path"
                        + " without /v1/: for a KV version 2 engine it includes data/"
                        + " (\"secret/data/app\") and the key is looked up in data.data; for version 1"
                        + " it is looked up in data.")
                .implementation((args, returnType) -> {
                    String path = text(args.get(0));
                    String key = text(args.get(1));
                    String body = lookup(source.vaultSecret(path), "the Vault secret \"" + path + "\"");
                    return body == null ? Value.unknown(Type.STRING) : Value.string(pickVaultValue(body, key));
                })
                .build();
    }

    private static Function consulKey(SecretSource source) {
        return Function.builder("consul_key")
                .parameter(Parameter.of("key", Type.STRING))
                .returns(Type.STRING)
                .summary("Reads a value from the HashiCorp Consul key/value store.")
                .description("Uses CONSUL_HTTP_ADDR, CONSUL_HTTP_TOKEN and CONSUL_HTTP_SSL as the Consul client"
                        + " does. A missing key or an empty value is an error.")
                .implementation((args, returnType) -> {
                    String key = text(args.get(0));
                    String value = lookup(source.consulKey(key), "the Consul key \"" + key + "\"");
                    if (value == null) {
                        return Value.unknown(Type.STRING);
                    }
                    if (value.isEmpty()) {
                        throw FunctionException.of("value is empty at path " + key);
                    }
                    return Value.string(value);
                })
                .build();
    }

    private static String text(Value value) {
        return ((StringValue) value).value();
    }

    /** The text found, null when not available at this stage, or the failure as an error. */
    private static String lookup(SecretLookup lookup, String what) throws FunctionException {
        if (lookup instanceof SecretLookup.Found) {
            return ((SecretLookup.Found) lookup).text();
        }
        if (lookup instanceof SecretLookup.Failed) {
            throw FunctionException.of(what + " could not be read: " + ((SecretLookup.Failed) lookup).cause());
        }
        return null;
    }

    /** The SDK's {@code getSecretValue}: plain text as is, else the value of {@code key} (or the only key). */
    static String pickAwsValue(String secret, String key) throws FunctionException {
        JsonDecoding.Result result = JsonDecoding.decode(secret);
        if (!(result instanceof JsonDecoding.Result.Decoded)) {
            return secret;
        }
        Value decoded = ((JsonDecoding.Result.Decoded) result).value();
        if (decoded.isNull()) {
            // Go unmarshals JSON null into a nil map: no keys at all.
            decoded = Value.object(Map.of());
        }
        if (!(decoded instanceof ObjectValue)) {
            // Go unmarshals into map[string]interface{} and reports the mismatch this way.
            throw FunctionException.of(
                    "json: cannot unmarshal " + jsonKind(decoded) + " into Go value of type map[string]interface {}");
        }
        Map<String, Value> attributes = ((ObjectValue) decoded).attributes();
        if (key.isEmpty() && attributes.size() > 1) {
            throw FunctionException.of("Secret has multiple values and no key was set");
        }
        if (key.isEmpty() && attributes.size() == 1) {
            return awsString(attributes.values().iterator().next());
        }
        Value value = attributes.get(key);
        if (value == null) {
            throw FunctionException.of("No secret found for key \"" + key + "\"");
        }
        return awsString(value);
    }

    /** The SDK's {@code getStringSecretValue}: strings as they are, numbers as whole numbers. */
    private static String awsString(Value value) throws FunctionException {
        if (value instanceof StringValue) {
            return ((StringValue) value).value();
        }
        if (value instanceof NumberValue) {
            // Go decodes JSON numbers to float64 and formats them with strconv.FormatFloat(v, 'f', 0, 64).
            double number = ((NumberValue) value).value().doubleValue();
            if (Double.isInfinite(number)) {
                throw FunctionException.of("Unsupported secret value type: float64");
            }
            return new BigDecimal(number).setScale(0, RoundingMode.HALF_EVEN).toPlainString();
        }
        throw FunctionException.of("Unsupported secret value type: " + goType(value));
    }

    /** Packer SDK's {@code Vault}: KV v2 keeps the secret in {@code data.data}, v1 in {@code data}. */
    static String pickVaultValue(String body, String key) throws FunctionException {
        JsonDecoding.Result result = JsonDecoding.decode(body);
        if (!(result instanceof JsonDecoding.Result.Decoded)
                || !(((JsonDecoding.Result.Decoded) result).value() instanceof ObjectValue)) {
            throw FunctionException.of("Error reading vault secret: the answer is not a JSON object");
        }
        ObjectValue response = (ObjectValue) ((JsonDecoding.Result.Decoded) result).value();
        Map<String, Value> data = attributes(response.attributes().get("data"));
        Value nested = data.get("data");
        if (nested == null) {
            Value value = data.get(key);
            if (value != null) {
                return vaultString(value, key);
            }
            throw FunctionException.of("Vault data was empty at the given path. Check the Vault function docs for help:"
                    + " https://www.packer.io/docs/templates/hcl_templates/functions/contextual/vault."
                    + " Original warnings from Vault call: " + String.join("; ", warnings(response)));
        }
        if (!(nested instanceof ObjectValue)) {
            throw FunctionException.of("Vault path does not contain the requested key");
        }
        Value value = ((ObjectValue) nested).attributes().get(key);
        if (value == null) {
            throw FunctionException.of("Vault path does not contain the requested key");
        }
        return vaultString(value, key);
    }

    private static String vaultString(Value value, String key) throws FunctionException {
        if (value instanceof StringValue) {
            return ((StringValue) value).value();
        }
        // Packer's type assertion would panic here; say what is wrong instead.
        throw FunctionException.of("Vault value for key \"" + key + "\" is a " + goType(value) + ", not a string");
    }

    private static Map<String, Value> attributes(Value value) {
        return value instanceof ObjectValue ? ((ObjectValue) value).attributes() : Map.of();
    }

    private static List<String> warnings(ObjectValue response) {
        List<String> out = new ArrayList<>();
        Value warnings = response.attributes().get("warnings");
        if (warnings instanceof TupleValue) {
            for (Value warning : ((TupleValue) warnings).elements()) {
                if (warning instanceof StringValue) {
                    out.add(((StringValue) warning).value());
                }
            }
        }
        return out;
    }

    /** The Go type encoding/json decodes this JSON value to, for Packer's error messages. */
    private static String goType(Value value) {
        if (value instanceof BoolValue) {
            return "bool";
        }
        if (value instanceof NumberValue) {
            return "float64";
        }
        if (value instanceof StringValue) {
            return "string";
        }
        if (value instanceof ObjectValue) {
            return "map[string]interface {}";
        }
        if (value instanceof TupleValue) {
            return "[]interface {}";
        }
        return "<nil>";
    }

    /** How Go's JSON decoder names a JSON value's kind in "cannot unmarshal" errors. */
    private static String jsonKind(Value value) {
        if (value instanceof BoolValue) {
            return "bool";
        }
        if (value instanceof NumberValue) {
            return "number";
        }
        if (value instanceof StringValue) {
            return "string";
        }
        if (value instanceof TupleValue) {
            return "array";
        }
        return "null";
    }
}
