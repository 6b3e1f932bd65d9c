import CCmarkGFM
import Foundation

/// Renders article Markdown to HTML with cmark-gfm (GitHub Flavored Markdown) in its safe mode.
///
/// Raw HTML is dropped and `javascript:`, `vbscript:`, `file:` and (non-image) `data:` links lose their
/// target, so untrusted ticket text cannot inject markup or script. On top of cmark's own rules the
/// renderer shifts headings so the body's top heading is an `<h2>` (the page title is the `<h1>`) and turns
/// remote images into plain links, so a published page never loads anything from another host.
public struct MarkdownRenderer: Sendable {
    /// The GFM extensions attached to every parser.
    static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Registers cmark-gfm's core extensions exactly once per process (a thread-safe lazy static).
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// cmark-gfm keeps the inline parser's special characters in process-wide tables: attaching an
    /// extension adds `~` (strikethrough) and freeing a parser removes it again, so two parses on two
    /// threads can change each other's output. Every parse and render holds this lock.
    private static let cmarkLock = NSLock()

    /// Makes a renderer; cheap, and safe to share between threads.
    public init() {
        _ = Self.extensionsRegistered
    }

    /// Renders `markdown` to an HTML fragment (safe mode: no raw HTML, no script links, no remote images).
    public func html(from markdown: String) -> String {
        let html = withDocument(markdown) { document, extensions -> String in
            Self.shiftHeadings(in: document)
            Self.replaceRemoteImages(in: document)
            guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT, extensions) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
        return (html ?? "").replacingOccurrences(of: "<!-- raw HTML omitted -->", with: "")
    }

    /// The first telling paragraph of `markdown` (lead-ins ending in a colon are skipped unless nothing
    /// else is there) as plain text on one line, cut at a word to at most `limit` characters (an
    /// ellipsis marks the cut); `nil` when the text has no paragraph.
    public func excerpt(from markdown: String, limit: Int = 160) -> String? {
        let text = withDocument(markdown) { document, _ in Self.firstParagraph(in: document) }
        guard let line = text ?? nil else { return nil }
        return Self.truncated(line, limit: limit)
    }

    /// The first telling paragraph of a parsed document on one line (its inline HTML removed).
    static func firstParagraph(in document: OpaquePointer) -> String? {
        var fallback: String?
        for paragraph in Self.nodes(ofType: CMARK_NODE_PARAGRAPH, in: document) {
            for html in Self.nodes(ofType: CMARK_NODE_HTML_INLINE, in: paragraph) {
                cmark_node_free(html)
            }
            guard let plain = cmark_render_plaintext(paragraph, CMARK_OPT_DEFAULT, 0) else { continue }
            defer { free(plain) }
            let line = String(cString: plain).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !line.isEmpty else { continue }
            // A lead-in such as "Customers describe it like this:" says nothing on its own.
            if line.hasSuffix(":") {
                fallback = fallback ?? line
                continue
            }
            return line
        }
        return fallback
    }

    /// Parses `markdown` with the GFM extensions attached and hands the document to `body`.
    func withDocument<T>(
        _ markdown: String, _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T
    ) -> T? {
        Self.cmarkLock.lock()
        defer { Self.cmarkLock.unlock() }
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        markdown.withCString { cmark_parser_feed(parser, $0, markdown.utf8.count) }
        guard let document = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(document) }
        return body(document, cmark_parser_get_syntax_extensions(parser))
    }

    /// Cuts `line` at the last word boundary that fits in `limit` characters and adds an ellipsis.
    static func truncated(_ line: String, limit: Int) -> String {
        guard line.count > max(limit, 1) else { return line }
        let head = line.prefix(max(limit, 1) - 1)
        let endsAtWord = line[head.endIndex].isWhitespace
        var cut = endsAtWord ? head : head.lastIndex(of: " ").map { head[..<$0] } ?? head
        while let last = cut.last, last.isWhitespace || last.isPunctuation {
            cut = cut.dropLast()
        }
        return (cut.isEmpty ? String(head) : String(cut)) + "…"
    }
}
