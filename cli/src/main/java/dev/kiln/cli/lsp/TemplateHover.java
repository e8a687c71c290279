package dev.kiln.cli.lsp;

import dev.kiln.compiler.ast.Attribute;
import dev.kiln.compiler.ast.Block;
import dev.kiln.compiler.ast.Body;
import dev.kiln.compiler.schema.AttributeSchema;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.compiler.syntax.Token;
import dev.kiln.compiler.syntax.TokenKind;
import dev.kiln.compiler.syntax.Tokenizer;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionCatalog;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/** Hover text: an attribute's documentation from its plugin schema, a function's from the catalog. */
final class TemplateHover {

    private final BlockSchemas schemas;
    private final FunctionCatalog functions;

    TemplateHover(BlockSchemas schemas, FunctionCatalog functions) {
        this.schemas = schemas;
        this.functions = functions;
    }

    /** The hover at {@code offset} of {@code file}, or empty when there is nothing to say. */
    Optional<Hover> at(SourceFile file, int offset, LineIndex index) {
        Optional<Token> call = functionNameAt(file, offset);
        if (call.isPresent()) {
            return functions.lookup(call.get().text()).map(function -> hover(functionDoc(function), call.get(), index));
        }
        Body body = HclParser.parse(file).file().body();
        List<Block> path = BlockSchemas.enclosing(body, offset);
        Body innermost = path.isEmpty() ? body : path.get(path.size() - 1).body();
        Optional<BlockSchema> schema = schemas.schema(path);
        if (schema.isEmpty()) return Optional.empty();
        for (Attribute attribute : innermost.attributes()) {
            if (attribute.nameRange().startOffset() <= offset
                    && offset <= attribute.nameRange().endOffset()) {
                return schema.get()
                        .attribute(attribute.name())
                        .map(found -> new Hover(
                                markdown(attributeDoc(found)),
                                DirectoryDiagnostics.range(attribute.nameRange(), index)));
            }
        }
        return Optional.empty();
    }

    static String attributeDoc(AttributeSchema attribute) {
        return "**" + attribute.name() + "** (" + attribute.type() + (attribute.required() ? ", required" : "")
                + ")\n\n" + attribute.description();
    }

    static String functionDoc(Function function) {
        String doc = "```\n" + function.signature() + "\n```\n\n" + function.summary();
        return function.description().isEmpty() ? doc : doc + "\n\n" + function.description();
    }

    private static Hover hover(String text, Token token, LineIndex index) {
        return new Hover(markdown(text), DirectoryDiagnostics.range(token.range(), index));
    }

    private static MarkupContent markdown(String text) {
        return new MarkupContent(MarkupKind.MARKDOWN, text);
    }

    /** The identifier at {@code offset} when a {@code (} follows it: a function call's name. */
    private static Optional<Token> functionNameAt(SourceFile file, int offset) {
        List<Token> tokens = Tokenizer.tokenize(file);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() != TokenKind.IDENT
                    || offset < token.range().startOffset()
                    || offset > token.range().endOffset()) {
                continue;
            }
            for (int j = i + 1; j < tokens.size(); j++) {
                if (tokens.get(j).isTrivia()) continue;
                return tokens.get(j).kind() == TokenKind.LPAREN ? Optional.of(token) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
