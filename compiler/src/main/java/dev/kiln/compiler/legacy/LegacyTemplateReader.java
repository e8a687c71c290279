package dev.kiln.compiler.legacy;

import dev.kiln.compiler.ast.Expression;
import dev.kiln.compiler.config.ConfigLoader;
import dev.kiln.compiler.config.InputVariable;
import dev.kiln.compiler.config.LocalValue;
import dev.kiln.compiler.config.VersionConstraints;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.json.JsonExpressions;
import dev.kiln.compiler.json.JsonValue;
import dev.kiln.compiler.json.JsonValue.JsonArray;
import dev.kiln.compiler.json.JsonValue.JsonBool;
import dev.kiln.compiler.json.JsonValue.JsonNull;
import dev.kiln.compiler.json.JsonValue.JsonNumber;
import dev.kiln.compiler.json.JsonValue.JsonObject;
import dev.kiln.compiler.json.JsonValue.JsonProperty;
import dev.kiln.compiler.json.JsonValue.JsonString;
import dev.kiln.compiler.legacy.GoTemplateTranslator.Context;
import dev.kiln.compiler.legacy.GoTemplateTranslator.Where;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.source.SourceRange;
import dev.kiln.stdlib.text.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the root object of a legacy JSON template, as Packer's {@code template.Parse} does, and
 * writes it as an HCL2 configuration in JSON syntax (one {@code source} per builder, one
 * {@code build} using them all) whose values keep their positions in the legacy file. User
 * variables become {@code variable}s, or {@code local}s when their default reads another variable
 * (HCL2 defaults cannot).
 */
final class LegacyTemplateReader {

    private static final List<String> ROOT_KEYS = List.of(
            "description",
            "min_packer_version",
            "variables",
            "sensitive-variables",
            "builders",
            "provisioners",
            "post-processors",
            "error-cleanup-provisioner",
            "push");
    private static final Set<String> PROVISIONER_SPECIAL = Set.of("type", "only", "except", "override");

    /** The translation: the HCL2 JSON root, and the variables and locals for the template model. */
    record Translation(JsonObject hcl, List<InputVariable> variables, List<LocalValue> locals) {}

    private final SourceFile file;
    private final long startSeconds;
    private final Diagnostics diagnostics;
    private final JsonExpressions expressions;
    /** Builder name to builder type, in template order. */
    private final Map<String, String> builders = new LinkedHashMap<>();

    private final Set<String> variableNames = new LinkedHashSet<>();
    private final Set<String> localNames = new LinkedHashSet<>();

    LegacyTemplateReader(SourceFile file, long startSeconds, Diagnostics diagnostics) {
        this.file = file;
        this.startSeconds = startSeconds;
        this.diagnostics = diagnostics;
        this.expressions = new JsonExpressions(file);
    }

    Translation read(JsonValue root) {
        if (!(root instanceof JsonObject object)) {
            diagnostics.add(LegacyDiagnostics.FAILED_TO_PARSE.error(
                    "A legacy JSON template is a JSON object: { \"builders\": [ ... ] }.", root.startRange()));
            return new Translation(object(List.of(), root.range()), List.of(), List.of());
        }
        Map<String, JsonProperty> keys = new LinkedHashMap<>();
        for (JsonProperty p : object.properties()) {
            if (p.name().startsWith("_")) continue; // root keys starting with "_" are comments in Packer
            if (!ROOT_KEYS.contains(p.name())) {
                diagnostics.add(LegacyDiagnostics.UNKNOWN_ROOT_KEY
                        .with(p.name())
                        .error(
                                Suggestions.closest(p.name(), ROOT_KEYS)
                                        .map(s -> "Did you mean \"" + s + "\"?")
                                        .orElse("The root keys are " + String.join(", ", ROOT_KEYS) + "."),
                                p.nameRange()));
                continue;
            }
            keys.put(p.name(), p);
        }
        checkVersion(keys.get("min_packer_version"));
        List<JsonProperty> hcl = new ArrayList<>();
        List<InputVariable> variables = new ArrayList<>();
        List<LocalValue> locals = new ArrayList<>();
        variables(keys.get("variables"), keys.get("sensitive-variables"), variables, locals);
        JsonProperty builderList = keys.get("builders");
        List<JsonValue> sources = builders(builderList);
        if (builders.isEmpty()) {
            diagnostics.add(LegacyDiagnostics.NO_BUILDER.error(
                    "Add a \"builders\" list with at least one { \"type\": \"...\" } object.",
                    builderList != null ? builderList.nameRange() : object.openRange()));
            return new Translation(object(hcl, object.range()), variables, locals);
        }
        hcl.add(property(
                "source",
                new JsonArray(
                        sources,
                        builderList.value().startRange(),
                        builderList.value().range())));
        List<JsonProperty> build = new ArrayList<>();
        List<JsonValue> sourceNames = new ArrayList<>();
        builders.forEach((name, type) ->
                sourceNames.add(new JsonString("source." + type + "." + name, builderList.nameRange())));
        build.add(property("sources", new JsonArray(sourceNames, builderList.nameRange(), builderList.range())));
        JsonProperty provisioners = keys.get("provisioners");
        if (provisioners != null) {
            List<JsonValue> blocks = new ArrayList<>();
            int n = 0;
            for (JsonValue p : elements(provisioners, "provisioners")) {
                JsonValue block = provisioner(p, "provisioner " + ++n);
                if (block != null) blocks.add(block);
            }
            if (!blocks.isEmpty())
                build.add(property(
                        "provisioner",
                        new JsonArray(
                                blocks,
                                provisioners.value().startRange(),
                                provisioners.value().range())));
        }
        JsonProperty cleanup = keys.get("error-cleanup-provisioner");
        if (cleanup != null) {
            JsonValue block = provisioner(cleanup.value(), "error-cleanup-provisioner");
            if (block != null) build.add(property("error-cleanup-provisioner", block));
        }
        JsonProperty postProcessors = keys.get("post-processors");
        if (postProcessors != null) {
            List<JsonValue> chains = new ArrayList<>();
            int n = 0;
            for (JsonValue chain : elements(postProcessors, "post-processors")) {
                JsonValue c = chain(chain, ++n);
                if (c != null) chains.add(c);
            }
            if (!chains.isEmpty())
                build.add(property(
                        "post-processors",
                        new JsonArray(
                                chains,
                                postProcessors.value().startRange(),
                                postProcessors.value().range())));
        }
        hcl.add(property("build", object(build, object.range())));
        return new Translation(object(hcl, object.range()), variables, locals);
    }

    private void checkVersion(JsonProperty version) {
        if (version == null) return;
        if (!(version.value() instanceof JsonString s)
                || VersionConstraints.parse(">= " + s.value()).isEmpty()) {
            diagnostics.add(LegacyDiagnostics.INVALID_MIN_PACKER_VERSION.error(
                    "min_packer_version is a version string," + " such as \"1.6.0\".",
                    version.value().range()));
            return;
        }
        if (!VersionConstraints.parse(">= " + s.value())
                .orElseThrow()
                .isSatisfiedBy(ConfigLoader.PACKER_COMPATIBILITY_VERSION)) {
            diagnostics.add(LegacyDiagnostics.PACKER_VERSION_TOO_OLD
                    .with(s.value(), ConfigLoader.PACKER_COMPATIBILITY_VERSION)
                    .error("kiln implements Packer " + ConfigLoader.PACKER_COMPATIBILITY_VERSION + ".", s.range()));
        }
    }

    private void variables(
            JsonProperty declared, JsonProperty sensitiveList, List<InputVariable> variables, List<LocalValue> locals) {
        Set<String> sensitive = new LinkedHashSet<>();
        if (sensitiveList != null) {
            for (JsonValue v : elements(sensitiveList, "sensitive-variables")) {
                if (v instanceof JsonString s) sensitive.add(s.value());
                else
                    diagnostics.add(LegacyDiagnostics.INVALID_SECTION
                            .with("sensitive-variables")
                            .error("Each entry is a variable name in quotes.", v.range()));
            }
        }
        if (declared == null) return;
        if (!(declared.value() instanceof JsonObject object)) {
            diagnostics.add(LegacyDiagnostics.INVALID_SECTION
                    .with("variables")
                    .error(
                            "\"variables\" is an object of names and default values.",
                            declared.value().startRange()));
            return;
        }
        Map<String, JsonProperty> defaults = new LinkedHashMap<>();
        for (JsonProperty p : object.properties()) {
            if (defaults.putIfAbsent(p.name(), p) != null) {
                diagnostics.add(LegacyDiagnostics.DUPLICATE_VARIABLE.error(
                        "The variable \"" + p.name() + "\" is declared twice.", p.nameRange()));
            }
        }
        variableNames.addAll(defaults.keySet());
        // A default that reads another variable is a local in HCL2; find those before translating anything.
        Diagnostics ignored = new Diagnostics();
        for (JsonProperty p : defaults.values()) {
            if (p.value() instanceof JsonString s
                    && GoTemplateTranslator.translate(
                                    s.value(), s.range(), context(Where.VARIABLE, null, null), ignored)
                            .usesUser()) {
                localNames.add(p.name());
            }
        }
        for (JsonProperty p : defaults.values()) {
            Expression sensitiveFlag =
                    sensitive.contains(p.name()) ? new Expression.BoolLiteral(true, p.nameRange()) : null;
            Expression value = defaultValue(p);
            if (localNames.contains(p.name())) {
                locals.add(new LocalValue(p.name(), value, sensitiveFlag, p.nameRange(), p.range()));
            } else {
                variables.add(new InputVariable(
                        p.name(), null, value, null, sensitiveFlag, List.of(), false, p.nameRange(), p.range()));
            }
        }
    }

    /** A legacy default: null (required), a string, or a number or bool read as its text (Packer decodes weakly). */
    private Expression defaultValue(JsonProperty p) {
        JsonValue v = p.value();
        if (v instanceof JsonNull) return null;
        if (v instanceof JsonString s) return stringExpression(s, Where.VARIABLE, null, null);
        if (v instanceof JsonNumber n) {
            return expressions.expression(new JsonString(n.value().toPlainString(), n.range()), diagnostics);
        }
        if (v instanceof JsonBool b)
            return expressions.expression(new JsonString(Boolean.toString(b.value()), b.range()), diagnostics);
        diagnostics.add(LegacyDiagnostics.INVALID_VARIABLE_DEFAULT.error(
                "variable " + p.name() + ": the default value is a string, or null for a variable that must be set.",
                v.range()));
        return new Expression.Invalid(v.range());
    }

    private List<JsonValue> builders(JsonProperty list) {
        List<JsonValue> sources = new ArrayList<>();
        if (list == null) return sources;
        int n = 0;
        for (JsonValue b : elements(list, "builders")) {
            n++;
            if (!(b instanceof JsonObject builder)) {
                diagnostics.add(LegacyDiagnostics.NOT_AN_OBJECT
                        .with("builder " + n)
                        .error("Each builder is an object" + " with a \"type\".", b.startRange()));
                continue;
            }
            Optional<JsonString> type = string(builder, "type", "builder " + n);
            Optional<JsonString> name = string(builder, "name", "builder " + n);
            if (type.isEmpty()) {
                if (builder.properties().stream().noneMatch(p -> p.name().equals("type"))) {
                    diagnostics.add(LegacyDiagnostics.MISSING_TYPE
                            .with("builder " + n)
                            .error(
                                    "Each builder needs a \"type\", such as \"amazon-ebs\" or \"null\".",
                                    builder.openRange()));
                }
                continue;
            }
            String typeName = type.get().value();
            String builderName = name.map(JsonString::value).orElse(typeName);
            SourceRange nameRange =
                    name.map(JsonString::range).orElse(type.get().range());
            if (builders.containsKey(builderName)) {
                diagnostics.add(LegacyDiagnostics.DUPLICATE_BUILDER
                        .with("builder " + n, builderName)
                        .error("Each builder needs a unique \"name\" (it defaults to the type).", nameRange));
                continue;
            }
            builders.put(builderName, typeName);
            Context context = context(Where.BUILDER, builderName, typeName);
            List<JsonProperty> body = new ArrayList<>();
            for (JsonProperty p : builder.properties()) {
                if (!p.name().equals("type") && !p.name().equals("name")) body.add(translated(p, context));
            }
            JsonObject config = new JsonObject(body, builder.openRange(), builder.closeRange(), builder.range());
            JsonObject named =
                    object(List.of(new JsonProperty(builderName, nameRange, nameRange, config)), builder.range());
            sources.add(object(
                    List.of(new JsonProperty(
                            typeName, type.get().range(), type.get().range(), named)),
                    builder.range()));
        }
        return sources;
    }

    /** A provisioner object as {@code {"TYPE": {body}}}, or null after an error. */
    private JsonValue provisioner(JsonValue value, String what) {
        if (!(value instanceof JsonObject object)) {
            diagnostics.add(LegacyDiagnostics.NOT_AN_OBJECT
                    .with(what)
                    .error("Each provisioner is an object with a \"type\".", value.startRange()));
            return null;
        }
        Optional<JsonString> type = string(object, "type", what);
        if (type.isEmpty()) {
            if (object.properties().stream().noneMatch(p -> p.name().equals("type"))) {
                diagnostics.add(LegacyDiagnostics.MISSING_TYPE
                        .with(what)
                        .error("Each provisioner needs a \"type\", such as" + " \"shell\".", object.openRange()));
            }
            return null;
        }
        Context context = context(Where.PLUGIN, null, null);
        List<JsonProperty> body = new ArrayList<>();
        for (JsonProperty p : object.properties()) {
            if (p.name().equals("only") || p.name().equals("except")) {
                body.add(selection(p, what));
            } else if (p.name().equals("override")) {
                if (p.value() instanceof JsonObject overrides) {
                    for (JsonProperty o : overrides.properties()) {
                        if (!builders.containsKey(o.name())) {
                            diagnostics.add(LegacyDiagnostics.UNKNOWN_OVERRIDE
                                    .with(what, o.name())
                                    .error(didYouMeanBuilder(o.name()), o.nameRange()));
                        }
                    }
                }
                body.add(translated(p, context));
            } else if (!PROVISIONER_SPECIAL.contains(p.name())) {
                body.add(translated(p, context));
            }
        }
        JsonObject config = new JsonObject(body, object.openRange(), object.closeRange(), object.range());
        return object(
                List.of(new JsonProperty(
                        type.get().value(), type.get().range(), type.get().range(), config)),
                object.range());
    }

    /** One element of {@code post-processors} as a {@code post-processors} block: {@code {"post-processor": [...]}}. */
    private JsonValue chain(JsonValue element, int n) {
        List<JsonValue> members = new ArrayList<>();
        if (element instanceof JsonArray sequence) {
            int m = 0;
            for (JsonValue v : sequence.values()) {
                m++;
                if (v instanceof JsonArray) {
                    diagnostics.add(LegacyDiagnostics.NESTED_SEQUENCE
                            .with("post-processor " + n + "." + m)
                            .error(
                                    "An element of a post-processor sequence is a type name or an object.",
                                    v.startRange()));
                    continue;
                }
                JsonValue pp = postProcessor(v, "post-processor " + n + "." + m);
                if (pp != null) members.add(pp);
            }
        } else {
            JsonValue pp = postProcessor(element, "post-processor " + n);
            if (pp != null) members.add(pp);
        }
        if (members.isEmpty()) return null;
        return object(
                List.of(property("post-processor", new JsonArray(members, element.startRange(), element.range()))),
                element.range());
    }

    private JsonValue postProcessor(JsonValue value, String what) {
        if (value instanceof JsonString type) {
            return object(
                    List.of(new JsonProperty(
                            type.value(),
                            type.range(),
                            type.range(),
                            new JsonObject(List.of(), type.range(), type.range(), type.range()))),
                    type.range());
        }
        return provisioner(value, what);
    }

    /** {@code only}/{@code except}: legacy builder names become the HCL2 source names ({@code TYPE.NAME}). */
    private JsonProperty selection(JsonProperty p, String what) {
        if (!(p.value() instanceof JsonArray names)) {
            diagnostics.add(LegacyDiagnostics.INVALID_SELECTION
                    .with(what, p.name())
                    .error("", p.value().startRange()));
            return p;
        }
        List<JsonValue> sourceNames = new ArrayList<>();
        for (JsonValue v : names.values()) {
            if (!(v instanceof JsonString s)) {
                diagnostics.add(
                        LegacyDiagnostics.INVALID_SELECTION.with(what, p.name()).error("", v.range()));
                continue;
            }
            String type = builders.get(s.value());
            if (type == null) {
                diagnostics.add(LegacyDiagnostics.UNKNOWN_SELECTED_BUILDER
                        .with(what, p.name(), s.value())
                        .error(didYouMeanBuilder(s.value()), s.range()));
                continue;
            }
            sourceNames.add(new JsonString(type + "." + s.value(), s.range()));
        }
        return new JsonProperty(
                p.name(), p.nameRange(), p.colonRange(), new JsonArray(sourceNames, names.openRange(), names.range()));
    }

    private String didYouMeanBuilder(String name) {
        return Suggestions.closest(name, builders.keySet())
                .map(s -> "Did you mean \"" + s + "\"?")
                .orElse("The builders are named " + String.join(", ", builders.keySet()) + ".");
    }

    private Optional<JsonString> string(JsonObject object, String key, String what) {
        for (JsonProperty p : object.properties()) {
            if (!p.name().equals(key)) continue;
            if (p.value() instanceof JsonString s && !s.value().isEmpty()) return Optional.of(s);
            diagnostics.add(LegacyDiagnostics.INVALID_STRING
                    .with(what, key)
                    .error("", p.value().range()));
        }
        return Optional.empty();
    }

    private List<JsonValue> elements(JsonProperty p, String what) {
        if (p.value() instanceof JsonArray a) return a.values();
        diagnostics.add(LegacyDiagnostics.INVALID_SECTION
                .with(what)
                .error("\"" + what + "\" is a JSON array.", p.value().startRange()));
        return List.of();
    }

    private JsonProperty translated(JsonProperty p, Context context) {
        return new JsonProperty(p.name(), p.nameRange(), p.colonRange(), translated(p.value(), context));
    }

    /** {@code value} with every string's Go template turned into an HCL template. */
    private JsonValue translated(JsonValue value, Context context) {
        if (value instanceof JsonString s) {
            String text = GoTemplateTranslator.translate(s.value(), s.range(), context, diagnostics)
                    .text();
            return text == null ? new JsonValue.JsonInvalid(s.range()) : new JsonString(text, s.range());
        }
        if (value instanceof JsonArray a) {
            return new JsonArray(
                    a.values().stream().map(v -> translated(v, context)).toList(), a.openRange(), a.range());
        }
        if (value instanceof JsonObject o) {
            return new JsonObject(
                    o.properties().stream().map(p -> translated(p, context)).toList(),
                    o.openRange(),
                    o.closeRange(),
                    o.range());
        }
        return value;
    }

    private Expression stringExpression(JsonString s, Where where, String builderName, String builderType) {
        String text = GoTemplateTranslator.translate(
                        s.value(), s.range(), context(where, builderName, builderType), diagnostics)
                .text();
        if (text == null) return new Expression.Invalid(s.range());
        return expressions.expression(new JsonString(text, s.range()), diagnostics);
    }

    private Context context(Where where, String builderName, String builderType) {
        return new Context(where, builderName, builderType, variableNames, localNames, startSeconds);
    }

    private static JsonProperty property(String name, JsonValue value) {
        SourceRange at = value.startRange();
        return new JsonProperty(name, at, at, value);
    }

    private static JsonObject object(List<JsonProperty> properties, SourceRange range) {
        return new JsonObject(properties, range.startRange(), range.endRange(), range);
    }
}
