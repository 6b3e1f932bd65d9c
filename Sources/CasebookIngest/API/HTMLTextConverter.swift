import CLibXML2
import Foundation

/// Turns an HTML comment body into clean text, its structure kept as light Markdown.
///
/// Parsed by libxml2's forgiving HTML parser (never fetching anything), then: paragraphs and other
/// blocks a blank line apart, `<br>` a line break, lists as `- ` / `1. ` items (nested lists
/// indented), links as `[text](href)` for `http`, `https` and `mailto` targets only (a link showing
/// its own address stays bare; other links keep just their text), `<code>` in backticks, `<pre>`
/// fenced, headings as `## `, quotes as `> ` lines, bold and italics as `**` and `*`, table cells
/// apart by ` | `. Scripts, styles, the head, images,
/// form controls and comments are dropped; entities decoded; white space collapsed; no-break spaces
/// made plain. Any input, however broken, gives some text and never traps.
public struct HTMLTextConverter: Sendable {
    /// Bodies larger than this (in bytes) are cut before parsing, to bound time and memory.
    public static let maximumInput = 4 << 20

    /// A converter (libxml2 is initialised on first use).
    public init() {
        _ = Self.libraryReady
    }

    /// libxml2 must be initialised once per process before threads use it (the call is idempotent).
    private static let libraryReady: Void = xmlInitParser()

    /// The clean text of `html`.
    public func text(fromHTML html: String) -> String {
        var bytes = Array(html.utf8.prefix(Self.maximumInput))
        bytes.removeAll { $0 == 0 }  // libxml2 stops at a NUL byte
        guard !bytes.isEmpty else { return "" }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return PlainText.normalized(html.collapsedSpaces) }
        defer { xmlFreeDoc(document) }
        var walker = HTMLTreeWalker()
        walker.walk(siblingsFrom: document.pointee.children)
        return MarkdownBlock.render(walker.finish())
    }

    /// True when `text` contains a common HTML tag (`<p>`, `<br>`, `<div`, `<a `, `</li>`…), so that
    /// plain text with a stray `<` is left alone.
    public static func looksLikeHTML(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")) {
            var cursor = open + 1
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: "/") { cursor += 1 }
            let nameStart = cursor
            while cursor < bytes.count, isASCIIAlphanumeric(bytes[cursor]) { cursor += 1 }
            let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self).lowercased()
            let ends = cursor == bytes.count || [0x20, 0x09, 0x0A, 0x0D, 0x3E, 0x2F].contains(bytes[cursor])
            if ends, knownTags.contains(name) { return true }
            index = open + 1
        }
        return false
    }

    private static let knownTags: Set<String> = [
        "p", "br", "div", "span", "a", "b", "i", "u", "em", "strong", "ul", "ol", "li", "pre", "code",
        "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "html", "body", "img", "font",
        "hr", "tbody", "thead",
    ]

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}

extension HTMLTextConverter {
    /// A comment body from its HTML and plain forms: the HTML converted (and kept) when it holds text,
    /// otherwise the plain text.
    func body(html: String?, text: String?) -> (text: String, html: String?) {
        if let html, !html.trimmingSpaces.isEmpty {
            let converted = self.text(fromHTML: html)
            // HTML that converts to nothing (an image, a signature block) falls back to the plain body.
            if !converted.isEmpty || (text ?? "").trimmingSpaces.isEmpty { return (converted, html) }
            return (PlainText.normalized(text ?? ""), html)
        }
        return (PlainText.normalized(text ?? ""), nil)
    }
}

extension HTMLTextConverter {
    /// A body that may be HTML or plain text: converted (and kept) when it looks like HTML, else plain.
    func body(markupOrText text: String?) -> (text: String, html: String?) {
        guard let text, Self.looksLikeHTML(text) else { return body(html: nil, text: text) }
        return body(html: text, text: nil)
    }
}
