package dev.kiln.cli.lsp;

import java.util.List;

/** How a client counts characters in a line: UTF-16 code units (the LSP default) or UTF-8 bytes. */
enum PositionEncoding {
    UTF16("utf-16"),
    UTF8("utf-8");

    private final String protocolName;

    PositionEncoding(String protocolName) {
        this.protocolName = protocolName;
    }

    /** The name the protocol uses. */
    String protocolName() {
        return protocolName;
    }

    /** UTF-8 when the client offers it (our offsets convert to it exactly), else the mandatory UTF-16. */
    static PositionEncoding negotiate(List<String> offered) {
        return offered != null && offered.contains(UTF8.protocolName) ? UTF8 : UTF16;
    }
}
