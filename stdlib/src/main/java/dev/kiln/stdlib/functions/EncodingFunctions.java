package dev.kiln.stdlib.functions;

import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionException;
import dev.kiln.stdlib.function.Parameter;
import dev.kiln.stdlib.go.GoBase64;
import dev.kiln.stdlib.go.GoCsv;
import dev.kiln.stdlib.go.GoText;
import dev.kiln.stdlib.json.JsonDecoding;
import dev.kiln.stdlib.json.JsonEncoding;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** Functions that encode values as text and decode text into values. */
public final class EncodingFunctions {

    private EncodingFunctions() {}

    /** {@code jsonencode(val)}: cty's {@code JSONEncodeFunc}. */
    public static final Function JSONENCODE = Function.builder("jsonencode")
            .parameter(Parameter.of("val", Type.ANY).allowingDynamicType().allowingNull())
            .returns(Type.STRING)
            .summary("Returns a string containing a JSON representation of the given value.")
            .description("Numbers keep their full precision, object and map keys are sorted, and the"
                    + " characters <, > and & are escaped as \\u003c, \\u003e and \\u0026.")
            .implementation((args, returnType) -> args.get(0).isWhollyKnown()
                    ? Value.string(JsonEncoding.encode(args.get(0)))
                    : Value.unknown(Type.STRING))
            .build();

    /** {@code jsondecode(str)}: cty's {@code JSONDecodeFunc}. */
    public static final Function JSONDECODE = Function.builder("jsondecode")
            .parameter(Parameter.of("str", Type.STRING))
            .returns(Type.ANY, EncodingFunctions::jsondecodeType)
            .summary("Parses the given string as JSON and returns a value corresponding to what it contains.")
            .description("JSON objects become objects, arrays become tuples, numbers are exact and null is a"
                    + " null of unknown type.")
            .implementation((args, returnType) -> decode(args.get(0)))
            .build();

    /** {@code base64encode(str)}. */
    public static final Function BASE64ENCODE = Function.builder("base64encode")
            .parameter(Parameter.of("str", Type.STRING))
            .returns(Type.STRING)
            .summary("Applies Base64 encoding to a string.")
            .description("The string's UTF-8 bytes are encoded with the standard alphabet and padding"
                    + " (RFC 4648 section 4).")
            .implementation((args, rt) -> Value.string(GoBase64.encode(utf8(args.get(0)))))
            .build();

    /** {@code base64decode(str)}. */
    public static final Function BASE64DECODE = Function.builder("base64decode")
            .parameter(Parameter.of("str", Type.STRING))
            .returns(Type.STRING)
            .summary("Takes a string containing a Base64 character sequence and returns the original string.")
            .description("Padding is required and line breaks are ignored; the decoded bytes must be"
                    + " valid UTF-8. Use textdecodebase64 for other encodings.")
            .implementation((args, rt) -> {
                String s = ((StringValue) args.get(0)).value();
                byte[] decoded;
                try {
                    decoded = GoBase64.decode(s.getBytes(StandardCharsets.UTF_8));
                } catch (GoBase64.CorruptInput e) {
                    throw FunctionException.of("failed to decode base64 data '" + s + "'");
                }
                try {
                    return Value.string(strict(StandardCharsets.UTF_8)
                            .decode(ByteBuffer.wrap(decoded))
                            .toString());
                } catch (CharacterCodingException e) {
                    // Packer's wording, doubled "the" included.
                    throw FunctionException.of("the result of decoding the the provided string is not valid UTF-8");
                }
            })
            .build();

    /** {@code base64gzip(str)}: Packer's {@code Base64GzipFunc}. */
    public static final Function BASE64GZIP = Function.builder("base64gzip")
            .parameter(Parameter.of("str", Type.STRING))
            .returns(Type.STRING)
            .summary("Compresses a string with gzip and then encodes the result in Base64 encoding.")
            .description("The compressed bytes decompress to the same text as Packer's, but the"
                    + " deflate stream itself may differ from Go's byte for byte.")
            .implementation((args, rt) -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, true)) {
                    gzip.write(utf8(args.get(0)));
                    gzip.flush();
                } catch (IOException e) {
                    throw FunctionException.of("failed to write gzip raw data: " + e.getMessage());
                }
                return Value.string(GoBase64.encode(bytes.toByteArray()));
            })
            .build();

    /** {@code textencodebase64(string, encoding)}. */
    public static final Function TEXTENCODEBASE64 = Function.builder("textencodebase64")
            .parameter(Parameter.of("string", Type.STRING))
            .parameter(Parameter.of("encoding", Type.STRING))
            .returns(Type.STRING)
            .summary("Encodes the characters of a string using a particular character encoding,"
                    + " returning the result as base64.")
            .description("The encoding is an IANA name or alias such as UTF-16LE, ISO-8859-1 or"
                    + " windows-1252; characters it cannot represent are an error.")
            .implementation((args, rt) -> {
                Charset charset = charset(args.get(1));
                try {
                    ByteBuffer encoded = charset.newEncoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .encode(CharBuffer.wrap(((StringValue) args.get(0)).value()));
                    byte[] bytes = new byte[encoded.remaining()];
                    encoded.get(bytes);
                    return Value.string(GoBase64.encode(bytes));
                } catch (CharacterCodingException e) {
                    throw FunctionException.argument(
                            0,
                            "the given string contains characters that cannot" + " be represented in "
                                    + charset.name());
                }
            })
            .build();

    /** {@code textdecodebase64(source, encoding)}. */
    public static final Function TEXTDECODEBASE64 = Function.builder("textdecodebase64")
            .parameter(Parameter.of("source", Type.STRING))
            .parameter(Parameter.of("encoding", Type.STRING))
            .returns(Type.STRING)
            .summary("Decodes a string that was previously Base64-encoded, and then interprets the"
                    + " result as characters in a specified character encoding.")
            .description("The encoding is an IANA name or alias such as UTF-16LE, ISO-8859-1 or"
                    + " windows-1252; bytes it does not define are an error.")
            .implementation((args, rt) -> {
                Charset charset = charset(args.get(1));
                byte[] bytes;
                try {
                    bytes = GoBase64.decode(utf8(args.get(0)));
                } catch (GoBase64.CorruptInput e) {
                    throw FunctionException.argument(
                            0, "the given value is has an invalid base64 symbol at" + " offset " + e.offset);
                }
                try {
                    String text = strict(charset).decode(ByteBuffer.wrap(bytes)).toString();
                    if (text.indexOf('\uFFFD') >= 0) {
                        throw new CharacterCodingException();
                    }
                    return Value.string(text);
                } catch (CharacterCodingException e) {
                    throw FunctionException.argument(
                            0, "the given string contains symbols that are not" + " defined for " + charset.name());
                }
            })
            .build();

    /** {@code urlencode(str)}: Go's {@code url.QueryEscape}. */
    public static final Function URLENCODE = Function.builder("urlencode")
            .parameter(Parameter.of("str", Type.STRING))
            .returns(Type.STRING)
            .summary("Applies URL encoding to a given string.")
            .description("Letters, digits and - _ . ~ are kept, spaces become +, and every other"
                    + " byte of the UTF-8 encoding becomes %XX.")
            .implementation((args, rt) -> Value.string(urlencode(((StringValue) args.get(0)).value())))
            .build();

    /** {@code csvdecode(str)}: cty's {@code CSVDecodeFunc}. */
    public static final Function CSVDECODE = Function.builder("csvdecode")
            .parameter(Parameter.of("str", Type.STRING))
            .returns(Type.ANY, EncodingFunctions::csvType)
            .summary("Decodes a string containing CSV-formatted data and produces a list of maps"
                    + " representing that data.")
            .description("The first line names the columns; every other line becomes an object"
                    + " with one string attribute per column. Every line must have as many fields as"
                    + " the header.")
            .implementation(EncodingFunctions::csvdecode)
            .build();

    /** {@code yamldecode(src)}: go-cty-yaml's {@code YAMLDecodeFunc}. */
    public static final Function YAMLDECODE = Function.builder("yamldecode")
            .parameter(Parameter.of("src", Type.STRING))
            .returns(Type.ANY, EncodingFunctions::yamldecodeType)
            .summary("Parses a string as a subset of YAML, and produces a representation of its value.")
            .description("Exactly one document is allowed. Mappings become objects, sequences"
                    + " tuples; like Terraform, yes/no/on/off are booleans, ~ and empty values are null,"
                    + " timestamps are strings in RFC 3339 form. Anchors and aliases work; custom tags"
                    + " do not.")
            .implementation((args, rt) -> yamldecode(args.get(0)))
            .build();

    /** {@code yamlencode(value)}: go-cty-yaml's {@code YAMLEncodeFunc}. */
    public static final Function YAMLENCODE = Function.builder("yamlencode")
            .parameter(Parameter.of("value", Type.ANY)
                    .allowingDynamicType()
                    .allowingNull()
                    .allowingUnknown())
            .returns(Type.STRING)
            .summary("Encodes a given value to a string using YAML 1.2 block syntax.")
            .description("Strings are double-quoted (multi-line ones become literal blocks), keys"
                    + " are sorted, and a top-level number, bool or null is followed by the"
                    + " document end marker \"...\", exactly as Terraform and Packer print them.")
            .implementation((args, rt) -> args.get(0).isWhollyKnown()
                    ? Value.string(YamlCodec.encode(args.get(0)))
                    : Value.unknown(Type.STRING))
            .build();

    /** All functions of this family. */
    public static List<Function> all() {
        return List.of(
                BASE64DECODE,
                BASE64ENCODE,
                BASE64GZIP,
                CSVDECODE,
                JSONDECODE,
                JSONENCODE,
                TEXTDECODEBASE64,
                TEXTENCODEBASE64,
                URLENCODE,
                YAMLDECODE,
                YAMLENCODE);
    }

    private static byte[] utf8(Value value) {
        return ((StringValue) value).value().getBytes(StandardCharsets.UTF_8);
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The Java charset for an IANA name or alias, as Go's {@code ianaindex.IANA.Encoding}. */
    private static Charset charset(Value name) throws FunctionException {
        String text = ((StringValue) name).value();
        try {
            return Charset.forName(text);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw FunctionException.argument(
                    1, GoText.quote(text) + " is not a supported IANA encoding name or alias in this Packer version");
        }
    }

    static String urlencode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.'
                    || c == '~') {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static Type csvType(List<Value> args) throws FunctionException {
        Value str = args.get(0);
        return str.isKnown() ? csvdecode(args, Type.ANY).type() : Type.ANY;
    }

    private static Value csvdecode(List<Value> args, Type returnType) throws FunctionException {
        List<List<String>> records;
        try {
            records = GoCsv.read(((StringValue) args.get(0)).value());
        } catch (GoCsv.ParseError e) {
            throw FunctionException.of(e.getMessage());
        }
        if (records.isEmpty()) {
            throw FunctionException.of("missing header line");
        }
        List<String> headers = records.get(0);
        Map<String, Type> attributes = new LinkedHashMap<>();
        for (String header : headers) {
            if (attributes.put(StringValue.normalize(header), Type.STRING) != null) {
                throw FunctionException.of("duplicate column name " + GoText.quote(header));
            }
        }
        List<Value> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, Value> row = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                row.put(headers.get(i), Value.string(record.get(i)));
            }
            rows.add(Value.object(row));
        }
        return Value.list(Type.object(attributes), rows);
    }

    private static Type yamldecodeType(List<Value> args) throws FunctionException {
        Value src = args.get(0);
        return src.isKnown() ? yamldecode(src).type() : Type.ANY;
    }

    private static Value yamldecode(Value src) throws FunctionException {
        try {
            return YamlCodec.decode(((StringValue) src).value());
        } catch (YamlCodec.Invalid e) {
            throw FunctionException.of(e.getMessage());
        }
    }

    private static Type jsondecodeType(List<Value> args) throws FunctionException {
        Value str = args.get(0);
        return str.isKnown() ? decode(str).type() : Type.ANY;
    }

    private static Value decode(Value str) throws FunctionException {
        JsonDecoding.Result result = JsonDecoding.decode(((StringValue) str).value());
        if (result instanceof JsonDecoding.Result.Invalid) {
            throw FunctionException.argument(0, ((JsonDecoding.Result.Invalid) result).message());
        }
        return ((JsonDecoding.Result.Decoded) result).value();
    }
}
