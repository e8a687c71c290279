package dev.kiln.runtime.plugin;

import dev.kiln.compiler.decode.BodyEvaluation;
import dev.kiln.compiler.decode.CheckedBody;
import dev.kiln.compiler.decode.DecodedBody;
import dev.kiln.compiler.decode.Decoder;
import dev.kiln.compiler.decode.LiteralEvaluator;
import dev.kiln.compiler.decode.NativeBody;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.ConfigView;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParseResult;
import java.util.List;

/**
 * Plugin configurations written in HCL, decoded and evaluated against the plugin's schema as the
 * compiler does for {@code build}: plugins get the same {@link ConfigView} (defaults applied) in tests
 * as in production.
 */
public final class TestConfigs {

    private TestConfigs() {}

    /** The checked body of {@code hcl}; fails the test on any error diagnostic. */
    public static ConfigView values(BlockSchema schema, String hcl) {
        Diagnostics diagnostics = new Diagnostics();
        CheckedBody checked = check(schema, hcl, diagnostics);
        if (diagnostics.hasErrors()) throw new AssertionError(diagnostics.list());
        return checked;
    }

    /** The error summaries the schema reports for {@code hcl}. */
    public static List<String> problems(BlockSchema schema, String hcl) {
        Diagnostics diagnostics = new Diagnostics();
        check(schema, hcl, diagnostics);
        return diagnostics.list().stream().map(d -> d.summary()).toList();
    }

    /** The error details the schema reports for {@code hcl}. */
    public static List<String> details(BlockSchema schema, String hcl) {
        Diagnostics diagnostics = new Diagnostics();
        check(schema, hcl, diagnostics);
        return diagnostics.list().stream().map(d -> d.detail()).toList();
    }

    private static CheckedBody check(BlockSchema schema, String hcl, Diagnostics diagnostics) {
        ParseResult parsed = HclParser.parse(new SourceFile("test.pkr.hcl", hcl));
        if (parsed.hasErrors()) throw new AssertionError(parsed.diagnostics());
        DecodedBody decoded = Decoder.decode(NativeBody.of(parsed.file().body()), schema, diagnostics);
        CheckedBody checked = BodyEvaluation.check(
                decoded, parsed.file().body().range().startRange(), LiteralEvaluator.INSTANCE, diagnostics);
        BodyEvaluation.runRules(schema, checked, diagnostics);
        return checked;
    }
}
