package dev.kiln.cli.lsp;

import dev.kiln.compiler.Compiler;
import dev.kiln.compiler.eval.EvaluatorFunctions;
import dev.kiln.runtime.PluginCatalog;
import dev.kiln.stdlib.functions.PackerFunctions;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/** The kiln language server: lifecycle and capabilities; the documents are {@link TemplateDocumentService}'s. */
public final class KilnLanguageServer implements LanguageServer, LanguageClientAware {

    private final TemplateDocumentService documents;
    private volatile boolean shutDown;
    private final CompletableFuture<Integer> exited = new CompletableFuture<>();

    /** A server checking templates with {@code plugins}' schemas and the Packer function catalog. */
    public KilnLanguageServer(PluginCatalog plugins) {
        BlockSchemas schemas = new BlockSchemas(plugins);
        var functions = EvaluatorFunctions.catalog(PackerFunctions.catalog());
        documents = new TemplateDocumentService(
                new DirectoryDiagnostics(new Compiler(plugins)),
                new TemplateHover(schemas, functions),
                new TemplateCompletion(plugins, schemas, functions));
    }

    /** Serves one client on {@code in}/{@code out} until it exits or the connection closes. */
    static void serve(InputStream in, OutputStream out) throws ExecutionException, InterruptedException {
        KilnLanguageServer server = new KilnLanguageServer(PluginCatalog.BUILT_IN);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        var listening = launcher.startListening();
        CompletableFuture.anyOf(server.exited, CompletableFuture.runAsync(() -> {
                    try {
                        listening.get();
                    } catch (InterruptedException | ExecutionException e) {
                        // The stream closed: the editor is gone.
                    }
                }))
                .get();
        server.documents.close();
    }

    @Override
    public void connect(LanguageClient client) {
        documents.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        List<String> offered =
                params.getCapabilities() == null || params.getCapabilities().getGeneral() == null
                        ? null
                        : params.getCapabilities().getGeneral().getPositionEncodings();
        PositionEncoding encoding = PositionEncoding.negotiate(offered);
        documents.useEncoding(encoding);
        ServerCapabilities capabilities = new ServerCapabilities();
        capabilities.setPositionEncoding(encoding.protocolName());
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        capabilities.setTextDocumentSync(sync);
        capabilities.setHoverProvider(true);
        capabilities.setCompletionProvider(new CompletionOptions(false, List.of("\"", ".")));
        capabilities.setDocumentFormattingProvider(true);
        return CompletableFuture.completedFuture(new InitializeResult(capabilities, new ServerInfo("kiln")));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutDown = true;
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        exited.complete(shutDown ? 0 : 1);
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return new WorkspaceService() {
            // Settings and watched files change nothing yet: every check reads the directory afresh.
            @Override
            public void didChangeConfiguration(DidChangeConfigurationParams params) {}

            @Override
            public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {}
        };
    }
}
