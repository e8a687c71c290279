package dev.kiln.cli.report;

import dev.kiln.compiler.plan.Plan;
import dev.kiln.compiler.plan.PlannedBuild;
import dev.kiln.compiler.plan.PlannedPostProcessor;
import dev.kiln.compiler.plan.PlannedProvisioner;
import dev.kiln.compiler.variables.LocalResult;
import dev.kiln.compiler.variables.ScopeResult;
import dev.kiln.compiler.variables.VariableValue;
import dev.kiln.stdlib.value.BoolValue;
import dev.kiln.stdlib.value.ListValue;
import dev.kiln.stdlib.value.MapValue;
import dev.kiln.stdlib.value.Mark;
import dev.kiln.stdlib.value.NumberValue;
import dev.kiln.stdlib.value.ObjectValue;
import dev.kiln.stdlib.value.SetValue;
import dev.kiln.stdlib.value.StringValue;
import dev.kiln.stdlib.value.TupleValue;
import dev.kiln.stdlib.value.Value;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code kiln inspect -format=json}: {@code {"variables": [...], "locals": [...], "builds": [...]}}
 * (the shape is documented in docs/cli.md). Sensitive values are {@code "<sensitive>"}, values not
 * known before the build {@code "<unknown>"}.
 */
public final class InspectJson {

    private InspectJson() {}

    /** The document, pretty-printed, ending with a newline. */
    public static String of(ScopeResult scope, Plan plan) {
        JsonWriter json = new JsonWriter(true).beginObject().name("variables").beginArray();
        for (VariableValue v : scope.variables().stream()
                .sorted(Comparator.comparing(VariableValue::name))
                .toList()) {
            json.beginObject()
                    .name("name")
                    .value(v.name())
                    .name("type")
                    .value(v.type().friendlyNameForConstraint())
                    .name("value");
            value(json, v.value());
            json.name("sensitive")
                    .value(v.sensitive())
                    .name("required")
                    .value(v.required())
                    .endObject();
        }
        json.endArray().name("locals").beginArray();
        for (LocalResult l : scope.locals().stream()
                .sorted(Comparator.comparing(LocalResult::name))
                .toList()) {
            json.beginObject().name("name").value(l.name()).name("value");
            value(json, l.value());
            json.name("sensitive").value(l.sensitive()).endObject();
        }
        json.endArray().name("builds").beginArray();
        for (PlannedBuild b : plan.builds()) {
            json.beginObject()
                    .name("name")
                    .value(b.name())
                    .name("build")
                    .value(b.buildBlockName())
                    .name("source")
                    .beginObject()
                    .name("type")
                    .value(b.sourceType())
                    .name("name")
                    .value(b.sourceName())
                    .endObject()
                    .name("provisioners")
                    .beginArray();
            for (PlannedProvisioner p : b.provisioners()) json.value(p.type());
            json.endArray().name("post_processors").beginArray();
            for (List<PlannedPostProcessor> chain : b.postProcessorChains()) {
                json.beginArray();
                for (PlannedPostProcessor pp : chain) json.value(pp.type());
                json.endArray();
            }
            json.endArray().endObject();
        }
        return json.endArray().endObject() + "\n";
    }

    private static void value(JsonWriter json, Value value) {
        if (value.hasMark(Mark.SENSITIVE)) {
            json.value("<sensitive>");
            return;
        }
        Value v = value.unmark();
        if (!v.isKnown()) {
            json.value("<unknown>");
        } else if (v.isNull()) {
            json.nullValue();
        } else if (v instanceof StringValue s) {
            json.value(s.value());
        } else if (v instanceof NumberValue n) {
            json.number(n.text());
        } else if (v instanceof BoolValue b) {
            json.value(b.value());
        } else if (v instanceof ListValue || v instanceof TupleValue || v instanceof SetValue) {
            List<Value> items = v instanceof ListValue l
                    ? l.elements()
                    : v instanceof TupleValue t ? t.elements() : ((SetValue) v).elements();
            json.beginArray();
            for (Value item : items) value(json, item);
            json.endArray();
        } else {
            Map<String, Value> entries = v instanceof MapValue m ? m.entries() : ((ObjectValue) v).attributes();
            json.beginObject();
            entries.forEach((k, e) -> {
                json.name(k);
                value(json, e);
            });
            json.endObject();
        }
    }
}
