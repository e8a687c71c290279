package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** UUID functions, as go-cty-funcs' {@code uuid} package. */
public final class UuidFunctions {

    private UuidFunctions() {}

    private static final Map<String, String> NAMESPACES = Map.of(
            "dns", "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
            "url", "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
            "oid", "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
            "x500", "6ba7b814-9dad-11d1-80b4-00c04fd430c8");

    /** {@code uuidv5(namespace, name)}: go-cty-funcs' {@code V5Func}. */
    public static final Function UUIDV5 = Function.builder("uuidv5")
            .parameter(Parameter.of("namespace", Type.STRING))
            .parameter(Parameter.of("name", Type.STRING))
            .returns(Type.STRING)
            .summary("Generates a name-based UUID, as described in RFC 4122 section 4.3, also known"
                    + " as a \"version 5\" UUID.")
            .description("The namespace is dns, url, oid, x500 or a UUID string; the same namespace"
                    + " and name always give the same UUID.")
            .implementation((args, rt) ->
                    Value.string(uuidv5(((StringValue) args.get(0)).value(), ((StringValue) args.get(1)).value())))
            .build();

    /** All functions of this family; {@code uuidv4} draws from {@code env}'s random source. */
    public static List<Function> all(FunctionEnvironment env) {
        return List.of(uuidv4(env.random()), UUIDV5);
    }

    /**
     * {@code uuidv4()}: a new random UUID on every call. The function API has no notion of
     * impurity, so callers must not cache its result (nor {@code timestamp()}'s).
     */
    public static Function uuidv4(Random random) {
        return Function.builder("uuidv4")
                .returns(Type.STRING)
                .summary("Generates a unique identifier string.")
                .description("Each call returns a new value, made of 16 random bytes written in the"
                        + " 8-4-4-4-12 hexadecimal form. Like Packer (hashicorp/go-uuid), the version and"
                        + " variant bits are not set.")
                .implementation((args, rt) -> {
                    byte[] bytes = new byte[16];
                    random.nextBytes(bytes);
                    return Value.string(format(bytes));
                })
                .build();
    }

    static String format(byte[] b) {
        String hex = HexFormat.of().formatHex(b);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    static String uuidv5(String namespace, String name) throws FunctionException {
        String known = NAMESPACES.get(namespace);
        byte[] space;
        try {
            space = parse(known != null ? known : namespace);
        } catch (IllegalArgumentException e) {
            throw FunctionException.of("uuidv5() doesn't support namespace " + namespace + " (" + e.getMessage() + ")");
        }
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(space);
            sha1.update(name.getBytes(StandardCharsets.UTF_8));
            byte[] hash = sha1.digest();
            byte[] uuid = java.util.Arrays.copyOf(hash, 16);
            uuid[6] = (byte) ((uuid[6] & 0x0f) | 0x50);
            uuid[8] = (byte) ((uuid[8] & 0x3f) | 0x80);
            return format(uuid);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    /** google/uuid's {@code Parse}, with its error wording. */
    static byte[] parse(String text) {
        byte[] s = text.getBytes(StandardCharsets.UTF_8);
        byte[] uuid = new byte[16];
        int offset = 0;
        switch (s.length) {
            case 36:
                break;
            case 45:
                String prefix = new String(s, 0, 9, StandardCharsets.UTF_8);
                if (!prefix.equalsIgnoreCase("urn:uuid:")) {
                    throw new IllegalArgumentException(
                            "invalid urn prefix: " + dev.kiln.stdlib.go.GoText.quote(prefix));
                }
                offset = 9;
                break;
            case 38:
                offset = 1;
                break;
            case 32:
                for (int i = 0; i < 16; i++) {
                    uuid[i] = hexByte(s[i * 2], s[i * 2 + 1]);
                }
                return uuid;
            default:
                throw new IllegalArgumentException("invalid UUID length: " + s.length);
        }
        if (s[offset + 8] != '-' || s[offset + 13] != '-' || s[offset + 18] != '-' || s[offset + 23] != '-') {
            throw new IllegalArgumentException("invalid UUID format");
        }
        int[] positions = {0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34};
        for (int i = 0; i < 16; i++) {
            uuid[i] = hexByte(s[offset + positions[i]], s[offset + positions[i] + 1]);
        }
        return uuid;
    }

    private static byte hexByte(byte high, byte low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        if (high < 0 || low < 0 || h < 0 || l < 0) {
            throw new IllegalArgumentException("invalid UUID format");
        }
        return (byte) (h << 4 | l);
    }
}
