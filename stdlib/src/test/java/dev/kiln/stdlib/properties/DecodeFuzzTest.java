package dev.kiln.stdlib.properties;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.stdlib.function.CallResult;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.functions.EncodingFunctions;
import dev.kiln.stdlib.functions.NetworkFunctions;
import dev.kiln.stdlib.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The decoding functions take any text a user or a remote file gives them: they give a value or a
 * function error for every input, never an exception, a hang or a stack overflow.
 */
class DecodeFuzzTest {

    private static final List<String> PREFIXES = List.of(
            "10.0.0.0/8",
            "192.168.1.0/24",
            "0.0.0.0/0",
            "fd00::/8",
            "2001:db8::/32",
            "::/0",
            "1.2.3.4/32",
            "10.0.0.0/33",
            "::ffff:1.2.3.4/128",
            "10.1.2.3/16",
            "x");

    @FuzzTest
    void jsondecode(byte[] input) {
        check(EncodingFunctions.JSONDECODE, text(input));
    }

    @FuzzTest
    void yamldecode(byte[] input) {
        check(EncodingFunctions.YAMLDECODE, text(input));
    }

    @FuzzTest
    void csvdecode(byte[] input) {
        check(EncodingFunctions.CSVDECODE, text(input));
    }

    @FuzzTest
    void base64decode(byte[] input) {
        check(EncodingFunctions.BASE64DECODE, text(input));
    }

    /** cidrhost, cidrnetmask, cidrsubnet and cidrsubnets on typical and mangled prefixes and any numbers. */
    @FuzzTest
    void cidrFunctions(FuzzedDataProvider data) {
        String prefix = data.consumeBoolean() ? data.pickValue(PREFIXES) : data.consumeAsciiString(24);
        Value cidr = Value.string(prefix);
        Value number = Value.number(data.consumeLong(-300, 300));
        check(NetworkFunctions.CIDRHOST.call(List.of(cidr, Value.number(data.consumeLong()))));
        check(NetworkFunctions.CIDRNETMASK.call(List.of(cidr)));
        check(NetworkFunctions.CIDRSUBNET.call(List.of(cidr, number, Value.number(data.consumeLong()))));
        List<Value> subnets = new ArrayList<>(List.of(cidr));
        for (int i = data.consumeInt(0, 6); i > 0; i--) subnets.add(Value.number(data.consumeInt(-2, 130)));
        check(NetworkFunctions.CIDRSUBNETS.call(subnets));
    }

    private static String text(byte[] input) {
        return new String(input, StandardCharsets.UTF_8);
    }

    private static void check(Function function, String argument) {
        check(function.call(List.of(Value.string(argument))));
    }

    private static void check(CallResult result) {
        assertNotNull(result);
        assertTrue(!result.isSuccess() || result.value() != null, () -> "no value: " + result);
    }
}
