package dev.kiln.compiler.variables;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.ast.Block;
import dev.kiln.compiler.decode.NativeBody;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.json.JsonParseResult;
import dev.kiln.compiler.json.JsonParser;
import dev.kiln.compiler.json.JsonValue;
import dev.kiln.compiler.json.JsonValue.JsonArray;
import dev.kiln.compiler.json.JsonValue.JsonBool;
import dev.kiln.compiler.json.JsonValue.JsonNull;
import dev.kiln.compiler.json.JsonValue.JsonNumber;
import dev.kiln.compiler.json.JsonValue.JsonObject;
import dev.kiln.compiler.json.JsonValue.JsonProperty;
import dev.kiln.compiler.json.JsonValue.JsonString;
import dev.kiln.compiler.source.InvalidEncodingException;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.compiler.syntax.EncodingErrors;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParseResult;
import dev.kiln.compiler.syntax.ParsedFiles;
import dev.kiln.stdlib.type.Type;
import dev.kiln.stdlib.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Finds and reads var files in Packer's order: {@code *.auto.pkrvars.hcl} in the template directory
 * (lexical), then {@code *.auto.pkrvars.json}, then each {@code -var-file} as given, dispatched on its
 * last extension. Texts go to {@link ParsedFiles} so diagnostics show their lines.
 */
final class VarFiles {

    static final String AUTO_HCL = ".auto.pkrvars.hcl";
    static final String AUTO_JSON = ".auto.pkrvars.json";

    /** A var file's settings, or the reason to stop reading var files altogether. */
    record VarFile(String name, List<VarFileSetting> settings, boolean declaresVariables) {}

    private final ParsedFiles files;
    private final Diagnostics diagnostics;

    VarFiles(ParsedFiles files, Diagnostics diagnostics) {
        this.files = files;
        this.diagnostics = diagnostics;
    }

    /**
     * The auto var files of {@code directory} (with {@code atHand}, those whose texts were read or
     * rendered already, in the same name order; one of them replaces the file of its name on disk)
     * then {@code given}, each read; unreadable files are left out.
     */
    List<VarFile> read(String directory, List<String> given, List<SourceFile> atHand) {
        TreeMap<String, Supplier<Optional<VarFile>>> auto = new TreeMap<>(
                Comparator.comparing((String name) -> name.endsWith(AUTO_JSON)).thenComparing(name -> name));
        for (String path : auto(directory)) auto.put(path, () -> readOne(path));
        for (SourceFile source : atHand) {
            auto.put(source.name(), () -> source.name().endsWith(".json") ? json(source) : hcl(source));
        }
        List<VarFile> read = new ArrayList<>();
        for (var reader : auto.values()) reader.get().ifPresent(read::add);
        for (String path : given) readOne(path).ifPresent(read::add);
        return read;
    }

    private List<String> auto(String directory) {
        if (directory == null) return List.of(); // a single template file: Packer reads no auto var files
        Path dir = Path.of(directory);
        if (!Files.isDirectory(dir)) return List.of();
        List<Path> names;
        try (Stream<Path> list = Files.list(dir)) {
            names = list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return List.of(); // the loader already read this directory; a race is not worth a diagnostic
        }
        List<String> ordered = new ArrayList<>();
        for (Path p : names) if (p.getFileName().toString().endsWith(AUTO_HCL)) ordered.add(display(p));
        for (Path p : names) if (p.getFileName().toString().endsWith(AUTO_JSON)) ordered.add(display(p));
        return ordered;
    }

    private static String display(Path path) {
        return path.toString().replace('\\', '/');
    }

    private Optional<VarFile> readOne(String path) {
        String fileName = Path.of(path).getFileName() == null
                ? path
                : Path.of(path).getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot);
        if (!extension.equals(".hcl") && !extension.equals(".json")) {
            diagnostics.add(VariablesDiagnostics.COULD_NOT_GUESS_FORMAT_OF
                    .with(path)
                    .error("A var file must be suffixed with `.hcl` or `.json`.", null));
            return Optional.empty();
        }
        SourceFile source;
        try {
            source = SourceFile.read(Path.of(path), path);
        } catch (InvalidEncodingException e) {
            EncodingErrors.report(e, files, diagnostics);
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.add(VariablesDiagnostics.FAILED_TO_READ_FILE.error(
                    "The configuration file \"" + path + "\" could not be read.", null));
            return Optional.empty();
        }
        return extension.equals(".hcl") ? hcl(source) : json(source);
    }

    /** A native var file: top-level arguments only; a {@code variable} block is the classic mistake. */
    Optional<VarFile> hcl(SourceFile source) {
        ParseResult parsed = HclParser.parse(source);
        files.add(parsed.file());
        diagnostics.addAll(parsed.diagnostics());
        if (parsed.hasErrors()) return Optional.empty();
        boolean declares = false;
        for (Block block : parsed.file().body().blocks()) {
            if (!block.type().equals("variable") || block.labels().size() != 1) continue;
            declares = true;
            diagnostics.add(declarationInVarFile(block.labels().get(0), source.name(), block.typeRange()));
        }
        if (declares) return Optional.of(new VarFile(source.name(), List.of(), true));
        List<VarFileSetting> settings = new ArrayList<>();
        for (Attribute a : NativeBody.of(parsed.file().body()).justAttributes(diagnostics)) {
            settings.add(new VarFileSetting(a.name(), a.range(), a.expression().range(), a.expression(), null));
        }
        return Optional.of(new VarFile(source.name(), settings, false));
    }

    /** A JSON var file: one object whose properties are the values. */
    Optional<VarFile> json(SourceFile source) {
        files.add(source);
        JsonParseResult parsed = JsonParser.parse(source);
        diagnostics.addAll(parsed.diagnostics());
        if (parsed.hasErrors()) return Optional.empty();
        if (!(parsed.root() instanceof JsonObject object)) {
            diagnostics.add(VariablesDiagnostics.INCORRECT_JSON_VALUE_TYPE.error(
                    "A JSON object is required here, setting the arguments for this block.",
                    parsed.root().startRange()));
            return Optional.empty();
        }
        boolean declares = false;
        for (JsonProperty p : object.properties()) {
            if (p.name().equals("variable") && p.value() instanceof JsonObject labels) {
                for (JsonProperty label : labels.properties()) {
                    declares = true;
                    diagnostics.add(declarationInVarFile(label.name(), source.name(), p.nameRange()));
                }
            }
        }
        if (declares) return Optional.of(new VarFile(source.name(), List.of(), true));
        Map<String, JsonProperty> seen = new LinkedHashMap<>();
        List<VarFileSetting> settings = new ArrayList<>();
        for (JsonProperty p : object.properties()) {
            if (p.name().equals("//")) continue; // HCL's JSON comment property
            JsonProperty earlier = seen.putIfAbsent(p.name(), p);
            if (earlier != null) {
                SourceRange r = earlier.range();
                diagnostics.add(VariablesDiagnostics.DUPLICATE_ATTRIBUTE_DEFINITION.error(
                        "The argument \"" + p.name()
                                + "\" was already set at " + r.file() + ":"
                                + r.start().line() + "," + r.start().column() + "-"
                                + r.end().column() + ".",
                        p.nameRange()));
                continue;
            }
            settings.add(new VarFileSetting(p.name(), p.range(), p.value().range(), null, value(p.value())));
        }
        return Optional.of(new VarFile(source.name(), settings, false));
    }

    private static Diagnostic declarationInVarFile(String name, String file, SourceRange subject) {
        return VariablesDiagnostics.VARIABLE_DECLARATION_IN_A_PKRVAR_FILE.error(
                "A .pkrvar file is used to assign values to"
                        + " variables that have already been declared in .pkr files, not to declare new variables. To declare"
                        + " variable \"" + name
                        + "\", place this block in one of your .pkr files, such as variables.pkr.hcl\n\n"
                        + "To set a value for this variable in " + file + ", use the definition syntax instead:\n    "
                        + name
                        + " = <value>",
                subject);
    }

    /** A JSON value as HCL reads it without a context: strings stay plain text. */
    static Value value(JsonValue json) {
        if (json instanceof JsonString s) return Value.string(s.value());
        if (json instanceof JsonNumber n) return Value.number(n.value());
        if (json instanceof JsonBool b) return Value.bool(b.value());
        if (json instanceof JsonNull) return Value.nullOf(Type.ANY);
        if (json instanceof JsonArray a)
            return Value.tuple(a.values().stream().map(VarFiles::value).toList());
        if (json instanceof JsonObject o) {
            Map<String, Value> attributes = new LinkedHashMap<>();
            for (JsonProperty p : o.properties()) attributes.put(p.name(), value(p.value()));
            return Value.object(attributes);
        }
        return Value.DYNAMIC;
    }
}
