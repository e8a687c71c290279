package dev.kiln.stdlib.functions;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.go.GoBase64;
import dev.kiln.stdlib.go.GoText;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;

/** Hash and crypto functions, as Terraform's {@code crypto.go} (via go-cty-funcs in Packer). */
public final class HashFunctions {

    private HashFunctions() {}

    /** {@code md5(str)}. */
    public static final Function MD5 =
            digest("md5", "MD5", "Computes the MD5 hash of a given string and encodes it with hexadecimal digits.");
    /** {@code sha1(str)}. */
    public static final Function SHA1 =
            digest("sha1", "SHA-1", "Computes the SHA1 hash of a given string and encodes it with hexadecimal digits.");
    /** {@code sha256(str)}. */
    public static final Function SHA256 = digest(
            "sha256", "SHA-256", "Computes the SHA256 hash of a given string and encodes it with hexadecimal digits.");
    /** {@code sha512(str)}. */
    public static final Function SHA512 = digest(
            "sha512", "SHA-512", "Computes the SHA512 hash of a given string and encodes it with hexadecimal digits.");

    /** {@code rsadecrypt(ciphertext, privatekey)}: Terraform's {@code RsaDecryptFunc}. */
    public static final Function RSADECRYPT = Function.builder("rsadecrypt")
            .parameter(Parameter.of("ciphertext", Type.STRING))
            .parameter(Parameter.of("privatekey", Type.STRING))
            .returns(Type.STRING)
            .summary("Decrypts an RSA-encrypted ciphertext, returning the corresponding cleartext.")
            .description("The ciphertext must be base64-encoded and encrypted with PKCS #1 v1.5"
                    + " padding; the key is a PEM-encoded RSA private key in PKCS #1 (\"RSA PRIVATE"
                    + " KEY\") or PKCS #8 (\"PRIVATE KEY\") form, not password protected.")
            .implementation((args, rt) ->
                    Value.string(rsadecrypt(((StringValue) args.get(0)).value(), ((StringValue) args.get(1)).value())))
            .build();

    /** All functions of this family; {@code bcrypt} draws its salts from {@code env}. */
    public static List<Function> all(FunctionEnvironment env) {
        return List.of(bcrypt(env.random()), MD5, RSADECRYPT, SHA1, SHA256, SHA512);
    }

    /** {@code bcrypt(str, cost...)}: Terraform's {@code BcryptFunc}, salted from {@code random}. */
    public static Function bcrypt(Random random) {
        return Function.builder("bcrypt")
                .parameter(Parameter.of("str", Type.STRING))
                .variadic(Parameter.of("cost", Type.NUMBER))
                .returns(Type.STRING)
                .summary("Computes a hash of the given string using the Blowfish cipher, returning a string"
                        + " in the Modular Crypt Format usually expected in the shadow password file on many"
                        + " Unix systems.")
                .description("The cost defaults to 10; costs below 4 also mean 10, as in Go's bcrypt."
                        + " The salt is random, so the result differs on every call. Only the first 72"
                        + " bytes of the string are used.")
                .implementation((args, rt) -> bcrypt(args, random))
                .build();
    }

    private static Function digest(String name, String algorithm, String summary) {
        return Function.builder(name)
                .parameter(Parameter.of("str", Type.STRING))
                .returns(Type.STRING)
                .summary(summary)
                .description("The hash is computed over the UTF-8 bytes of the string. Raw hashes cannot"
                        + " be represented as strings, so the result is lower-case hexadecimal.")
                .implementation((args, rt) -> Value.string(
                        hex(algorithm, ((StringValue) args.get(0)).value().getBytes(StandardCharsets.UTF_8))))
                .build();
    }

    static String hex(String algorithm, byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }

    private static Value bcrypt(List<Value> args, Random random) throws FunctionException {
        if (args.size() > 2) {
            throw FunctionException.of("bcrypt() takes no more than two arguments");
        }
        long cost = 10;
        if (args.size() == 2) {
            cost = Go.toLong(args.get(1), 1);
        }
        if (cost < 4) {
            cost = 10;
        }
        if (cost > 31) {
            throw FunctionException.of("error occured generating password crypto/bcrypt: cost " + cost
                    + " is outside allowed range (4,31)");
        }
        // Go's bcrypt keys Blowfish with the password plus a NUL, cycled over 72 bytes: beyond 72
        // bytes nothing counts, so cutting there gives the same hash.
        byte[] password = ((StringValue) args.get(0)).value().getBytes(StandardCharsets.UTF_8);
        if (password.length > 72) {
            password = Arrays.copyOf(password, 72);
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = BCrypt.with(BCrypt.Version.VERSION_2A, LongPasswordStrategies.none())
                .hash((int) cost, salt, password);
        return Value.string(new String(hash, StandardCharsets.US_ASCII));
    }

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([^-\\r\\n]*)-----\\r?\\n((?:[^\\r\\n]*:[^\\r\\n]*\\r?\\n)*)\\r?\\n?([A-Za-z0-9+/=\\s]*?)-----END \\1-----");

    static String rsadecrypt(String ciphertext, String pem) throws FunctionException {
        byte[] data;
        try {
            data = GoBase64.decode(ciphertext.getBytes(StandardCharsets.UTF_8));
        } catch (GoBase64.CorruptInput e) {
            throw FunctionException.of(
                    "failed to decode input " + GoText.quote(ciphertext) + ": cipher text must be base64-encoded");
        }
        Matcher block = PEM.matcher(pem);
        if (!block.find()) {
            throw FunctionException.of("failed to parse key: no key found");
        }
        if (block.group(2).contains("Proc-Type: 4,ENCRYPTED")) {
            throw FunctionException.of("failed to parse key: password protected keys are not supported."
                    + " Please decrypt the key prior to use");
        }
        byte[] der = Base64.getMimeDecoder().decode(block.group(3));
        PrivateKey key = privateKey(block.group(1), der);
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            cipher.init(Cipher.DECRYPT_MODE, key);
            byte[] clear = cipher.doFinal(data);
            return new String(clear, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw FunctionException.of("crypto/rsa: decryption error");
        }
    }

    private static PrivateKey privateKey(String type, byte[] der) throws FunctionException {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            if (type.equals("PRIVATE KEY")) {
                // PKCS #8: newer Terraform accepts it through ssh.ParseRawPrivateKey.
                return factory.generatePrivate(new PKCS8EncodedKeySpec(der));
            }
            List<BigInteger> fields = pkcs1Integers(der);
            if (fields == null || fields.size() < 9) {
                throw FunctionException.of("x509: failed to parse private key");
            }
            return factory.generatePrivate(new RSAPrivateCrtKeySpec(
                    fields.get(1),
                    fields.get(2),
                    fields.get(3),
                    fields.get(4),
                    fields.get(5),
                    fields.get(6),
                    fields.get(7),
                    fields.get(8)));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw FunctionException.of("x509: failed to parse private key");
        }
    }

    /** The INTEGERs of a PKCS #1 RSAPrivateKey SEQUENCE, or null if it is not one. */
    private static List<BigInteger> pkcs1Integers(byte[] der) {
        int[] pos = {0};
        if (der.length < 2 || der[pos[0]++] != 0x30) {
            return null;
        }
        int end = length(der, pos) + pos[0];
        if (end > der.length) {
            return null;
        }
        List<BigInteger> out = new ArrayList<>();
        while (pos[0] < end) {
            if (der[pos[0]++] != 0x02) {
                return null;
            }
            int len = length(der, pos);
            if (len <= 0 || pos[0] + len > end) {
                return null;
            }
            out.add(new BigInteger(Arrays.copyOfRange(der, pos[0], pos[0] + len)));
            pos[0] += len;
        }
        return out;
    }

    private static int length(byte[] der, int[] pos) {
        if (pos[0] >= der.length) {
            return -1;
        }
        int first = der[pos[0]++] & 0xFF;
        if (first < 0x80) {
            return first;
        }
        int count = first & 0x7F;
        if (count > 3) {
            return -1;
        }
        int len = 0;
        for (int i = 0; i < count && pos[0] < der.length; i++) {
            len = len << 8 | (der[pos[0]++] & 0xFF);
        }
        return len;
    }
}
