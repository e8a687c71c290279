package dev.kiln.runtime;

import dev.kiln.compiler.decode.BodyEvaluation;
import dev.kiln.compiler.decode.CheckedBody;
import dev.kiln.compiler.decode.DecodedBody;
import dev.kiln.compiler.decode.Decoder;
import dev.kiln.compiler.decode.LiteralEvaluator;
import dev.kiln.compiler.decode.NativeBody;
import dev.kiln.compiler.diag.Diagnostic;
import dev.kiln.compiler.diag.Diagnostics;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.ParseResult;
import java.util.List;

/** Decodes, evaluates (constants only; references are unknown) and validates a plugin body written in HCL. */
final class SchemaCheck {

    private SchemaCheck() {}

    /** The summaries of every diagnostic, in order. */
    static List<String> problems(BlockSchema schema, String hcl) {
        ParseResult parsed = HclParser.parse(new SourceFile("test.pkr.hcl", hcl));
        if (parsed.hasErrors()) throw new AssertionError(parsed.diagnostics());
        Diagnostics diagnostics = new Diagnostics();
        DecodedBody decoded = Decoder.decode(NativeBody.of(parsed.file().body()), schema, diagnostics);
        CheckedBody checked = BodyEvaluation.check(
                decoded, parsed.file().body().range().startRange(), LiteralEvaluator.INSTANCE, diagnostics);
        BodyEvaluation.runRules(schema, checked, diagnostics);
        return diagnostics.list().stream().map(SchemaCheck::text).toList();
    }

    private static String text(Diagnostic d) {
        // A rule's message is its summary; the detail only says how rules work.
        if (d.code().equals("decode.config-rule")) return d.summary();
        return d.detail().isEmpty() ? d.summary() : d.summary() + ": " + d.detail();
    }
}
