package dev.kiln.cli.lsp;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;

/** {@code kiln lsp}: the language server for Packer templates, over stdin and stdout. */
@Command(
        name = "lsp",
        description = {
            "Runs the kiln language server (Language Server Protocol over stdin and stdout) for editors.",
            "Exit status: 0 after the client's shutdown and exit, 1 when the connection broke."
        })
public final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        InputStream in = System.in;
        PrintStream out = System.out;
        // stdout carries the protocol: anything else printed there would corrupt it.
        System.setOut(System.err);
        try {
            KilnLanguageServer.serve(in, out);
            return 0;
        } catch (ExecutionException e) {
            System.err.println("kiln lsp: the connection to the editor broke: " + e.getCause());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
