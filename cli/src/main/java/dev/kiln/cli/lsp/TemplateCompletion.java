package dev.kiln.cli.lsp;

import dev.kiln.compiler.ast.Block;
import dev.kiln.compiler.schema.AttributeSchema;
import dev.kiln.compiler.schema.BlockSchema;
import dev.kiln.compiler.schema.BlockTypeSchema;
import dev.kiln.compiler.schema.PluginKind;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.HclParser;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.stdlib.function.Function;
import dev.kiln.stdlib.function.FunctionCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * Completion items at an offset: plugin types in a block's first label, functions in an
 * expression, else the attributes and nested blocks the enclosing block's schema allows, or the
 * block types of the top level and of a {@code build} block.
 */
final class TemplateCompletion {

    private static final List<String> TOP_LEVEL =
            List.of("build", "data", "locals", "local", "packer", "source", "variable");
    private static final List<String> IN_BUILD =
            List.of("source", "provisioner", "post-processor", "post-processors", "error-cleanup-provisioner");
    private static final Pattern FIRST_LABEL = Pattern.compile("^\\s*([a-z-]+)\\s+\"[^\"]*$");

    private final PluginCatalog plugins;
    private final BlockSchemas schemas;
    private final FunctionCatalog functions;

    TemplateCompletion(PluginCatalog plugins, BlockSchemas schemas, FunctionCatalog functions) {
        this.plugins = plugins;
        this.schemas = schemas;
        this.functions = functions;
    }

    /** Every item that fits at {@code offset}; the client filters them by what is typed. */
    List<CompletionItem> at(SourceFile file, int offset) {
        String text = file.text();
        int lineStart = Math.max(text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1, 0);
        String before = text.substring(Math.min(lineStart, offset), offset);
        Matcher label = FIRST_LABEL.matcher(before);
        if (label.matches()) {
            Optional<PluginKind> kind = BlockSchemas.kind(label.group(1));
            return kind.map(this::pluginTypes).orElse(List.of());
        }
        if (before.contains("=")) return functionItems();
        List<Block> path = BlockSchemas.enclosing(HclParser.parse(file).file().body(), offset);
        if (path.isEmpty()) return keywords(TOP_LEVEL);
        if (path.size() == 1 && path.get(0).type().equals("build")) return keywords(IN_BUILD);
        return schemas.schema(path).map(TemplateCompletion::bodyItems).orElse(List.of());
    }

    private List<CompletionItem> pluginTypes(PluginKind kind) {
        List<CompletionItem> items = new ArrayList<>();
        for (String type : plugins.types(kind)) {
            CompletionItem item = new CompletionItem(type);
            item.setKind(CompletionItemKind.Class);
            item.setDetail(kind.blockType() + " type");
            plugins.schema(kind, type).ifPresent(schema -> item.setDocumentation(markdown(schema.description())));
            items.add(item);
        }
        return items;
    }

    private List<CompletionItem> functionItems() {
        List<CompletionItem> items = new ArrayList<>();
        for (Function function : functions.functions()) {
            CompletionItem item = new CompletionItem(function.name());
            item.setKind(CompletionItemKind.Function);
            item.setDetail(function.signature());
            item.setDocumentation(markdown(function.summary()));
            items.add(item);
        }
        return items;
    }

    private static List<CompletionItem> bodyItems(BlockSchema schema) {
        List<CompletionItem> items = new ArrayList<>();
        for (AttributeSchema attribute : schema.attributes()) {
            CompletionItem item = new CompletionItem(attribute.name());
            item.setKind(CompletionItemKind.Property);
            item.setDetail(attribute.type() + (attribute.required() ? " (required)" : ""));
            item.setDocumentation(markdown(attribute.description()));
            item.setInsertText(attribute.name() + " = ");
            items.add(item);
        }
        for (BlockTypeSchema block : schema.blockTypes()) {
            CompletionItem item = new CompletionItem(block.type());
            item.setKind(CompletionItemKind.Struct);
            item.setDetail("block");
            item.setDocumentation(markdown(block.body().description()));
            items.add(item);
        }
        return items;
    }

    private static List<CompletionItem> keywords(List<String> blockTypes) {
        List<CompletionItem> items = new ArrayList<>();
        for (String type : blockTypes) {
            CompletionItem item = new CompletionItem(type);
            item.setKind(CompletionItemKind.Keyword);
            item.setDetail("block");
            items.add(item);
        }
        return items;
    }

    private static MarkupContent markdown(String text) {
        return new MarkupContent(MarkupKind.MARKDOWN, text);
    }
}
