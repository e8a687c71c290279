package dev.kiln.stdlib.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kiln.stdlib.function.CallResult;
import dev.kiln.stdlib.function.FunctionCatalog;
import dev.kiln.stdlib.testing.ValueNotation;
import dev.kiln.stdlib.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The secret functions' rules (which key, KV v1 or v2, errors) against a fake {@link SecretSource}. */
class SecretFunctionsTest {

    private static final Map<String, String> AWS = Map.of(
            "plain", "hunter2",
            "one", "{\"password\": \"p\"}",
            "two", "{\"a\": \"1\", \"b\": \"2\"}",
            "numbers", "{\"half\": 2.5, \"big\": 1e20, \"odd\": 3.5}",
            "odd", "{\"flag\": true, \"list\": [1], \"none\": null}",
            "array", "[1, 2]",
            "empty", "{}");

    private static final Map<String, String> VAULT = Map.of(
            "secret/data/app", "{\"data\": {\"data\": {\"user\": \"admin\"}, \"metadata\": {\"version\": 1}}}",
            "kv1/app", "{\"data\": {\"user\": \"root\", \"port\": 22}, \"warnings\": null}",
            "kv1/none", "{\"data\": null, \"warnings\": [\"w1\", \"w2\"]}");

    private static final Map<String, String> CONSUL = Map.of("app/ami", "ami-123", "app/empty", "");

    /** Answers from the maps above; anything else fails as an unreachable store would. */
    private static final SecretSource FAKE = new SecretSource() {
        @Override
        public SecretLookup awsSecret(String name) {
            return answer(AWS, name);
        }

        @Override
        public SecretLookup vaultSecret(String path) {
            return answer(VAULT, path);
        }

        @Override
        public SecretLookup consulKey(String key) {
            return answer(CONSUL, key);
        }

        private SecretLookup answer(Map<String, String> store, String name) {
            String text = store.get(name);
            return text == null ? new SecretLookup.Failed("connection refused") : new SecretLookup.Found(text);
        }
    };

    private static final FunctionCatalog CATALOG =
            PackerFunctions.catalog(FunctionEnvironment.system().withSecrets(FAKE));

    @ParameterizedTest(name = "{0}({1})")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "aws_secretsmanager     | \"plain\" ;; null(string)   | \"hunter2\" : string",
                "aws_secretsmanager     | \"plain\" ;; \"ignored\"    | \"hunter2\" : string",
                "aws_secretsmanager     | \"one\" ;; null(string)     | \"p\" : string",
                "aws_secretsmanager     | \"one\" ;; \"\"             | \"p\" : string",
                "aws_secretsmanager     | \"two\" ;; \"b\"            | \"2\" : string",
                "aws_secretsmanager     | \"two\" ;; null(string)     | Call to function \"aws_secretsmanager\" failed: Secret has multiple values and no key was set.",
                "aws_secretsmanager     | \"two\" ;; \"c\"            | Call to function \"aws_secretsmanager\" failed: No secret found for key \"c\".",
                "aws_secretsmanager     | \"numbers\" ;; \"half\"     | \"2\" : string",
                "aws_secretsmanager     | \"numbers\" ;; \"odd\"      | \"4\" : string",
                "aws_secretsmanager     | \"numbers\" ;; \"big\"      | \"100000000000000000000\" : string",
                "aws_secretsmanager     | \"odd\" ;; \"flag\"         | Call to function \"aws_secretsmanager\" failed: Unsupported secret value type: bool.",
                "aws_secretsmanager     | \"odd\" ;; \"list\"         | Call to function \"aws_secretsmanager\" failed: Unsupported secret value type: []interface {}.",
                "aws_secretsmanager     | \"odd\" ;; \"none\"         | Call to function \"aws_secretsmanager\" failed: Unsupported secret value type: <nil>.",
                "aws_secretsmanager     | \"array\" ;; null(string)   | Call to function \"aws_secretsmanager\" failed: json: cannot unmarshal array into Go value of type map[string]interface {}.",
                "aws_secretsmanager     | \"empty\" ;; null(string)   | Call to function \"aws_secretsmanager\" failed: No secret found for key \"\".",
                "aws_secretsmanager     | \"\" ;; null(string)        | Call to function \"aws_secretsmanager\" failed: At least one secret name must be provided.",
                "aws_secretsmanager     | \"gone\" ;; null(string)    | Call to function \"aws_secretsmanager\" failed: the secret \"gone\" could not be read: connection refused.",
                "aws_secretsmanager     | sensitive \"one\" ;; null(string) | \"p\" (sensitive) : string",
                "aws_secretsmanager     | unknown(string) ;; null(string)  | (unknown) : string",
                "aws_secretsmanager_raw | \"two\"                     | \"{\\\"a\\\": \\\"1\\\", \\\"b\\\": \\\"2\\\"}\" : string",
                "aws_secretsmanager_raw | \"plain\"                   | \"hunter2\" : string",
                "aws_secretsmanager_raw | \"\"                        | Call to function \"aws_secretsmanager_raw\" failed: At least one secret name must be provided.",
                "aws_secretsmanager_raw | \"gone\"                    | Call to function \"aws_secretsmanager_raw\" failed: the secret \"gone\" could not be read: connection refused.",
                "vault                  | \"secret/data/app\" ;; \"user\"  | \"admin\" : string",
                "vault                  | \"secret/data/app\" ;; \"pass\"  | Call to function \"vault\" failed: Vault path does not contain the requested key.",
                "vault                  | \"kv1/app\" ;; \"user\"          | \"root\" : string",
                "vault                  | \"kv1/app\" ;; \"port\"          | Call to function \"vault\" failed: Vault value for key \"port\" is a float64, not a string.",
                "vault                  | \"kv1/app\" ;; \"pass\"          | Call to function \"vault\" failed: Vault data was empty at the given path. Check the Vault function docs for help: https://www.packer.io/docs/templates/hcl_templates/functions/contextual/vault. Original warnings from Vault call: .",
                "vault                  | \"kv1/none\" ;; \"user\"         | Call to function \"vault\" failed: Vault data was empty at the given path. Check the Vault function docs for help: https://www.packer.io/docs/templates/hcl_templates/functions/contextual/vault. Original warnings from Vault call: w1; w2.",
                "vault                  | \"gone\" ;; \"user\"             | Call to function \"vault\" failed: the Vault secret \"gone\" could not be read: connection refused.",
                "consul_key             | \"app/ami\"                 | \"ami-123\" : string",
                "consul_key             | \"app/empty\"               | Call to function \"consul_key\" failed: value is empty at path app/empty.",
                "consul_key             | \"gone\"                    | Call to function \"consul_key\" failed: the Consul key \"gone\" could not be read: connection refused.",
            })
    void callsGiveTheDocumentedResults(String name, String arguments, String expected) {
        assertEquals(expected, call(CATALOG, name, arguments));
    }

    @ParameterizedTest(name = "{0}({1})")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "aws_secretsmanager     | \"one\" ;; null(string)",
                "aws_secretsmanager_raw | \"one\"",
                "vault                  | \"secret/data/app\" ;; \"user\"",
                "consul_key             | \"app/ami\"",
            })
    void withoutASecretSourceResultsAreUnknownStrings(String name, String arguments) {
        assertEquals("(unknown) : string", call(PackerFunctions.catalog(), name, arguments));
    }

    private static String call(FunctionCatalog catalog, String name, String arguments) {
        List<Value> args = new ArrayList<>();
        for (String argument : arguments.split(";;")) {
            args.add(ValueNotation.parse(argument));
        }
        CallResult result = catalog.lookup(name).orElseThrow().call(args);
        return result.isSuccess()
                ? ValueNotation.format(result.value())
                : ((CallResult.Failure) result).error().detail();
    }
}
