package dev.kiln.compiler.config;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.decode.DecodedBlock;
import dev.kiln.compiler.decode.DecodedBody;
import dev.kiln.compiler.decode.DynamicBlock;
import java.util.List;

/**
 * Prints a {@link Template} as indented text for golden tests and debugging. Source ranges are left
 * out on purpose: a native template and its JSON twin print the same.
 */
public final class TemplatePrinter {

    private final StringBuilder out = new StringBuilder();

    private TemplatePrinter() {}

    /** The model of {@code template}. */
    public static String print(Template template) {
        TemplatePrinter p = new TemplatePrinter();
        p.template(template);
        return p.out.toString();
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private void template(Template t) {
        for (var c : t.packer().versionConstraints()) line(0, "required_version " + c.text());
        for (var p : t.packer().plugins()) {
            line(
                    0,
                    "required_plugin " + p.localName() + " source=" + ExpressionText.of(p.source()) + " version="
                            + ExpressionText.of(p.version()));
        }
        for (InputVariable v : t.variables()) {
            line(0, "variable " + v.name() + (v.untyped() ? " (untyped)" : ""));
            optional(1, "type", v.type());
            optional(1, "default", v.defaultValue());
            optional(1, "description", v.description());
            optional(1, "sensitive", v.sensitive());
            for (var val : v.validations()) {
                line(
                        1,
                        "validation " + ExpressionText.of(val.condition()) + " : "
                                + ExpressionText.of(val.errorMessage()));
            }
        }
        for (LocalValue l : t.locals()) {
            line(
                    0,
                    "local " + l.name() + " = " + ExpressionText.of(l.expression())
                            + (l.sensitive() == null ? "" : " sensitive=" + ExpressionText.of(l.sensitive())));
        }
        for (SourceBlock s : t.sources()) plugin(0, "source " + s.ref(), s.plugin());
        for (DataBlock d : t.dataSources()) plugin(0, "data " + d.type() + "." + d.name(), d.plugin());
        for (BuildBlock b : t.builds()) build(b);
        if (t.hcpRegistry() != null)
            body(0, "hcp_packer_registry", t.hcpRegistry().body());
        dynamic(0, t.dynamicBlocks());
    }

    private void build(BuildBlock b) {
        line(0, "build");
        if (b.name() != null) line(1, "name = " + ExpressionText.of(b.name().expression()));
        if (b.description() != null)
            line(1, "description = " + ExpressionText.of(b.description().expression()));
        if (b.sources() != null)
            line(1, "sources = " + ExpressionText.of(b.sources().expression()));
        for (SourceUse u : b.sourceUses()) {
            line(
                    1,
                    "use " + u.ref() + (u.localName() == null ? "" : " as " + ExpressionText.of(u.localName()))
                            + (u.extra() == null ? "" : " (with extra arguments)"));
        }
        for (ProvisionerBlock p : b.provisioners()) provisioner("provisioner", p);
        if (b.errorCleanupProvisioner() != null) provisioner("error-cleanup-provisioner", b.errorCleanupProvisioner());
        for (int i = 0; i < b.postProcessorChains().size(); i++) {
            line(1, "chain " + i);
            for (PostProcessorBlock pp : b.postProcessorChains().get(i)) {
                line(2, "post-processor " + pp.plugin().type());
                attributes(3, pp.meta(), "meta ");
                pluginBody(3, pp.plugin());
            }
        }
        if (b.hcpRegistry() != null)
            body(1, "hcp_packer_registry", b.hcpRegistry().body());
        dynamic(1, b.dynamicBlocks());
    }

    private void provisioner(String word, ProvisionerBlock p) {
        line(1, word + " " + p.plugin().type());
        attributes(2, p.meta(), "meta ");
        pluginBody(2, p.plugin());
    }

    private void plugin(int depth, String header, PluginBlock plugin) {
        line(depth, header);
        pluginBody(depth + 1, plugin);
    }

    private void pluginBody(int depth, PluginBlock plugin) {
        if (plugin.config() == null) {
            line(depth, "<not decoded: unknown type>");
            return;
        }
        attributes(depth, plugin.config(), "");
        blocks(depth, plugin.config().blocks());
        dynamic(depth, plugin.config().dynamicBlocks());
    }

    private void body(int depth, String header, DecodedBody body) {
        line(depth, header);
        if (body == null) return;
        attributes(depth + 1, body, "");
        blocks(depth + 1, body.blocks());
        dynamic(depth + 1, body.dynamicBlocks());
    }

    private void attributes(int depth, DecodedBody body, String prefix) {
        for (Attribute a : body.attributes().values()) {
            line(depth, prefix + a.name() + " = " + ExpressionText.of(a.expression()));
        }
    }

    private void blocks(int depth, List<DecodedBlock> blocks) {
        for (DecodedBlock b : blocks) {
            String header = b.header().header();
            if (b.body() == null) line(depth, header + " <opaque>");
            else body(depth, header, b.body());
        }
    }

    private void dynamic(int depth, List<DynamicBlock> blocks) {
        for (DynamicBlock d : blocks) {
            line(
                    depth,
                    "dynamic " + d.blockType() + " for_each = "
                            + ExpressionText.of(
                                    d.forEach() == null ? null : d.forEach().expression()));
            if (d.content() != null && d.content().body() != null)
                body(depth + 1, "content", d.content().body());
        }
    }

    private void optional(int depth, String name, dev.kiln.compiler.ast.Expression e) {
        if (e != null) line(depth, name + " = " + ExpressionText.of(e));
    }
}
