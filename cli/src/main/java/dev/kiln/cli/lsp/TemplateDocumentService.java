package dev.kiln.cli.lsp;

import dev.kiln.compiler.fmt.HclFormatter;
import dev.kiln.compiler.source.SourceFile;
import dev.kiln.compiler.syntax.HclParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The open templates: keeps their texts, checks their directory after each open, change
 * (debounced) and save, and answers hover, completion and formatting requests.
 */
final class TemplateDocumentService implements TextDocumentService {

    /** How long typing must pause before a check: a check per keystroke would queue up behind itself. */
    static final long DEBOUNCE_MILLIS = 200;

    private final DirectoryDiagnostics diagnostics;
    private final TemplateHover hover;
    private final TemplateCompletion completion;
    private final OpenDocuments open = new OpenDocuments();
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiln-lsp-diagnostics");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Path, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
    private volatile LanguageClient client;
    private volatile PositionEncoding encoding = PositionEncoding.UTF16;

    TemplateDocumentService(DirectoryDiagnostics diagnostics, TemplateHover hover, TemplateCompletion completion) {
        this.diagnostics = diagnostics;
        this.hover = hover;
        this.completion = completion;
    }

    void connect(LanguageClient languageClient) {
        client = languageClient;
    }

    void useEncoding(PositionEncoding negotiated) {
        encoding = negotiated;
    }

    void close() {
        checks.shutdownNow();
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        OpenDocuments.path(params.getTextDocument().getUri()).ifPresent(path -> {
            open.open(
                    path,
                    params.getTextDocument().getText() == null
                            ? ""
                            : params.getTextDocument().getText());
            schedule(path.getParent(), 0);
        });
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        OpenDocuments.path(params.getTextDocument().getUri()).ifPresent(path -> {
            params.getContentChanges().forEach(change -> open.change(path, change, encoding));
            schedule(path.getParent(), DEBOUNCE_MILLIS);
        });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        OpenDocuments.path(params.getTextDocument().getUri()).ifPresent(path -> schedule(path.getParent(), 0));
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        OpenDocuments.path(params.getTextDocument().getUri()).ifPresent(path -> {
            open.close(path);
            LanguageClient current = client;
            if (current != null)
                current.publishDiagnostics(
                        new PublishDiagnosticsParams(path.toUri().toString(), List.of()));
        });
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return answer(
                params.getTextDocument().getUri(),
                (file, index) -> hover.at(file, index.offset(params.getPosition()), index)
                        .orElse(null));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return answer(
                params.getTextDocument().getUri(),
                (file, index) -> Either.forRight(
                        new CompletionList(false, completion.at(file, index.offset(params.getPosition())))));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return answer(params.getTextDocument().getUri(), (file, index) -> {
            // As kiln fmt: a file that does not parse is left alone rather than reformatted around its errors.
            if (HclParser.parse(file).hasErrors()) return List.of();
            String formatted = HclFormatter.format(file);
            if (formatted.equals(file.text())) return List.of();
            return List.of(new TextEdit(
                    new Range(index.position(0), index.position(file.text().length())), formatted));
        });
    }

    private interface Request<T> {
        T answer(SourceFile file, LineIndex index);
    }

    /** Runs {@code request} on the open document at {@code uri}; any failure becomes an LSP error, never a dead server. */
    private <T> CompletableFuture<T> answer(String uri, Request<T> request) {
        return CompletableFuture.supplyAsync(() -> {
            Optional<Path> path = OpenDocuments.path(uri);
            Optional<String> text = path.flatMap(open::text);
            if (text.isEmpty()) {
                throw new ResponseErrorException(new ResponseError(
                        ResponseErrorCode.InvalidParams, "kiln lsp: " + uri + " is not an open document", null));
            }
            try {
                return request.answer(
                        new SourceFile(path.get().toString(), text.get()), new LineIndex(text.get(), encoding));
            } catch (RuntimeException | StackOverflowError e) {
                throw new ResponseErrorException(
                        new ResponseError(ResponseErrorCode.InternalError, "kiln lsp: internal error: " + e, null));
            }
        });
    }

    private void schedule(Path directory, long delayMillis) {
        ScheduledFuture<?> next = checks.schedule(() -> check(directory), delayMillis, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> previous = pending.put(directory, next);
        if (previous != null) previous.cancel(false);
    }

    private void check(Path directory) {
        LanguageClient current = client;
        if (current == null) return;
        List<PublishDiagnosticsParams> published;
        try {
            published = diagnostics.check(directory, open, encoding);
        } catch (RuntimeException | StackOverflowError e) {
            // The compiler never throws on bad input; if it does anyway, say so rather than die.
            System.err.println("kiln lsp: internal error checking " + directory + ": " + e);
            return;
        }
        published.forEach(current::publishDiagnostics);
    }
}
