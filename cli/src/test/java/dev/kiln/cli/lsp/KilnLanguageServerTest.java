package dev.kiln.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kiln.runtime.PluginCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiln lsp} spoken to over piped streams by LSP4J's own client launcher, as an editor would. */
class KilnLanguageServerTest {

    private static final String TEMPLATE = """
            source "null" "x" {
              communicator = "none"
            }

            build {
              sources = ["source.null.x"]
              provisioner "shell-local" {
                inline = [upper("é")]
              }
            }
            """;

    @TempDir
    Path dir;

    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    private CompletableFuture<Void> serverRunning;

    @AfterEach
    void stop() {
        if (serverRunning != null) serverRunning.cancel(true);
    }

    @Test
    void reportsDiagnosticsOnOpenAndAfterAnIncrementalEditInUtf16() throws Exception {
        LanguageServer server = start(List.of("utf-16"));
        Path file = dir.resolve("main.pkr.hcl");
        // The non-ASCII text before the error checks the UTF-16 columns: "é" is one unit, "😀" two.
        String text = "# é😀\n" + TEMPLATE;
        open(server, file, text);
        assertEquals(List.of(), diagnosticsFor(file).getDiagnostics());

        // Replace "communicator" (line 2) with an unknown argument, as an incremental edit.
        var edit =
                new TextDocumentContentChangeEvent(new Range(new Position(2, 2), new Position(2, 14)), "communicatr");
        server.getTextDocumentService()
                .didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(file.toUri().toString(), 2), List.of(edit)));
        PublishDiagnosticsParams after = diagnosticsFor(file);
        var diagnostic = after.getDiagnostics().stream()
                .filter(d -> d.getMessage().contains("\"communicatr\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError(after.toString()));
        assertTrue(diagnostic.getMessage().contains("Did you mean \"communicator\""), diagnostic.getMessage());
        assertEquals(new Range(new Position(2, 2), new Position(2, 13)), diagnostic.getRange());
        assertNotNull(diagnostic.getCode(), diagnostic.toString());
        assertTrue(!diagnostic.getCode().getLeft().isEmpty(), diagnostic.toString());
    }

    @Test
    void checksTheWholeDirectory() throws Exception {
        LanguageServer server = start(List.of());
        Files.writeString(
                dir.resolve("variables.pkr.hcl"), "variable \"name\" {\n  type = string\n  default = \"a\"\n}\n");
        Path file = dir.resolve("main.pkr.hcl");
        open(server, file, TEMPLATE.replace("communicator = \"none\"", "communicator = var.nam"));
        PublishDiagnosticsParams result = diagnosticsFor(file);
        assertEquals(1, result.getDiagnostics().size(), result.toString());
        assertTrue(result.getDiagnostics().get(0).getMessage().contains("name"), result.toString());
    }

    @Test
    void negotiatesUtf8WhenOffered() throws Exception {
        Launched launched = launch();
        InitializeParams params = new InitializeParams();
        ClientCapabilities capabilities = new ClientCapabilities();
        GeneralClientCapabilities general = new GeneralClientCapabilities();
        general.setPositionEncodings(List.of("utf-8", "utf-16"));
        capabilities.setGeneral(general);
        params.setCapabilities(capabilities);
        InitializeResult result = launched.server.initialize(params).get(10, TimeUnit.SECONDS);
        assertEquals("utf-8", result.getCapabilities().getPositionEncoding());
    }

    @Test
    void hoversAttributesAndFunctions() throws Exception {
        LanguageServer server = start(List.of());
        Path file = dir.resolve("main.pkr.hcl");
        open(server, file, "# é😀\n" + TEMPLATE);
        Hover attribute = hover(server, file, new Position(8, 5));
        assertNotNull(attribute);
        assertTrue(attribute.getContents().getRight().getValue().contains("**inline**"), attribute.toString());
        Hover function = hover(server, file, new Position(8, 16));
        assertNotNull(function);
        assertTrue(function.getContents().getRight().getValue().contains("upper("), function.toString());
    }

    @Test
    void completesTypesAttributesBlocksAndFunctions() throws Exception {
        LanguageServer server = start(List.of());
        Path file = dir.resolve("main.pkr.hcl");
        open(server, file, TEMPLATE + "source \"\n");
        assertTrue(labels(complete(server, file, new Position(10, 8))).contains("amazon-ebs"));
        assertTrue(labels(complete(server, file, new Position(1, 0))).contains("communicator"));
        assertTrue(labels(complete(server, file, new Position(6, 0))).contains("provisioner"));
        assertTrue(labels(complete(server, file, new Position(4, 0))).contains("variable"));
        List<CompletionItem> functions = complete(server, file, new Position(7, 13));
        CompletionItem upper = functions.stream()
                .filter(item -> item.getLabel().equals("upper"))
                .findFirst()
                .orElseThrow();
        assertTrue(upper.getDetail().startsWith("upper("), upper.getDetail());
    }

    @Test
    void formatsLikeKilnFmt() throws Exception {
        LanguageServer server = start(List.of());
        Path file = dir.resolve("main.pkr.hcl");
        open(server, file, "source \"null\" \"x\" {\ncommunicator=\"none\"\n}\n");
        List<? extends TextEdit> edits = server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(
                        new TextDocumentIdentifier(file.toUri().toString()), new FormattingOptions(2, true)))
                .get(10, TimeUnit.SECONDS);
        assertEquals(1, edits.size());
        assertEquals(
                "source \"null\" \"x\" {\n  communicator = \"none\"\n}\n",
                edits.get(0).getNewText());
    }

    @Test
    void answersRequestsForUnknownDocumentsWithAnError() throws Exception {
        LanguageServer server = start(List.of());
        var failed = server.getTextDocumentService()
                .hover(new HoverParams(
                        new TextDocumentIdentifier(
                                dir.resolve("nope.pkr.hcl").toUri().toString()),
                        new Position(0, 0)));
        ExecutionException error = org.junit.jupiter.api.Assertions.assertThrows(
                ExecutionException.class, () -> failed.get(10, TimeUnit.SECONDS));
        assertTrue(
                error.getCause().getMessage().contains("not an open document"),
                error.getCause().getMessage());
        // The server still answers afterwards.
        Path file = dir.resolve("main.pkr.hcl");
        open(server, file, "source {{{ \"\n\u0000");
        diagnosticsFor(file);
        assertNotNull(complete(server, file, new Position(0, 9)));
    }

    private record Launched(LanguageServer server) {}

    private Launched launch() throws IOException {
        // NIO pipes rather than java.io's, which fail once a thread that wrote to them has ended.
        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        InputStream serverIn = Channels.newInputStream(toServer.source());
        OutputStream clientOut = Channels.newOutputStream(toServer.sink());
        InputStream clientIn = Channels.newInputStream(toClient.source());
        OutputStream serverOut = Channels.newOutputStream(toClient.sink());
        KilnLanguageServer kiln = new KilnLanguageServer(PluginCatalog.BUILT_IN);
        Launcher<LanguageClient> serverLauncher = LSPLauncher.createServerLauncher(kiln, serverIn, serverOut);
        kiln.connect(serverLauncher.getRemoteProxy());
        serverRunning = CompletableFuture.runAsync(() -> {
            try {
                serverLauncher.startListening().get();
            } catch (Exception e) {
                // cancelled at the end of the test
            }
        });
        Launcher<LanguageServer> client = LSPLauncher.createClientLauncher(new RecordingClient(), clientIn, clientOut);
        client.startListening();
        return new Launched(client.getRemoteProxy());
    }

    private LanguageServer start(List<String> encodings) throws Exception {
        LanguageServer server = launch().server;
        InitializeParams params = new InitializeParams();
        ClientCapabilities capabilities = new ClientCapabilities();
        GeneralClientCapabilities general = new GeneralClientCapabilities();
        general.setPositionEncodings(encodings);
        capabilities.setGeneral(general);
        params.setCapabilities(capabilities);
        assertEquals(
                "utf-16",
                server.initialize(params)
                        .get(10, TimeUnit.SECONDS)
                        .getCapabilities()
                        .getPositionEncoding());
        return server;
    }

    private static void open(LanguageServer server, Path file, String text) {
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(
                        new TextDocumentItem(file.toUri().toString(), "hcl", 1, text)));
    }

    private PublishDiagnosticsParams diagnosticsFor(Path file) throws InterruptedException {
        String uri = file.toUri().toString();
        while (true) {
            PublishDiagnosticsParams next = published.poll(20, TimeUnit.SECONDS);
            assertNotNull(next, "no diagnostics published for " + uri);
            if (next.getUri().equals(uri)) return next;
        }
    }

    private static Hover hover(LanguageServer server, Path file, Position position) throws Exception {
        return server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(file.toUri().toString()), position))
                .get(10, TimeUnit.SECONDS);
    }

    private static List<CompletionItem> complete(LanguageServer server, Path file, Position position) throws Exception {
        return server.getTextDocumentService()
                .completion(new CompletionParams(
                        new TextDocumentIdentifier(file.toUri().toString()), position))
                .get(10, TimeUnit.SECONDS)
                .getRight()
                .getItems();
    }

    private static List<String> labels(List<CompletionItem> items) {
        return items.stream().map(CompletionItem::getLabel).toList();
    }

    private final class RecordingClient implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.add(diagnostics);
        }

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void showMessage(MessageParams messageParams) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {}
    }
}
