import CCmarkGFM
import Foundation

/// One article body parsed once, with everything its page and the search index need.
struct RenderedBody: Sendable, Equatable {
    /// A heading of the body: its level (2 and below: the page title is the `<h1>`), text and id.
    struct Heading: Sendable, Equatable {
        var level: Int
        var text: String
        var id: String
    }

    /// The safe-mode HTML, every heading carrying its id.
    var html: String
    /// The first telling paragraph on one line, cut to 160 characters.
    var excerpt: String?
    /// The whole body as plain text on one line (for search and structured data).
    var plainText: String
    var headings: [Heading]
}

extension MarkdownRenderer {
    /// Ids a heading never takes: the page's own.
    static let reservedIDs: Set<String> = [
        "main", "top", "toc-title", "related-title", "feedback-title", "search-input", "search-results",
        "search-status", "popular-title", "categories-title", "translations-title",
    ]

    /// Parses `markdown` once and derives the page's HTML (headings with ids), excerpt, plain text and headings.
    func page(from markdown: String) -> RenderedBody {
        let body = withDocument(markdown) { document, extensions -> RenderedBody in
            Self.shiftHeadings(in: document)
            Self.replaceRemoteImages(in: document)
            var used = Self.reservedIDs
            var headings: [RenderedBody.Heading] = []
            for node in Self.nodes(ofType: CMARK_NODE_HEADING, in: document) {
                let text = Self.plainText(of: node)
                let id = SiteOutline.unique(SiteOutline.anchor(text), in: &used)
                headings.append(.init(level: Int(cmark_node_get_heading_level(node)), text: text, id: id))
            }
            var html = ""
            if let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT, extensions) {
                html = String(cString: rendered).replacingOccurrences(of: "<!-- raw HTML omitted -->", with: "")
                free(rendered)
            }
            let plain = Self.plainText(of: document)
            let excerpt = Self.firstParagraph(in: document).map { Self.truncated($0, limit: 160) }
            return RenderedBody(
                html: Self.addingIDs(headings, to: html), excerpt: excerpt, plainText: plain, headings: headings)
        }
        return body ?? RenderedBody(html: "", excerpt: nil, plainText: "", headings: [])
    }

    /// A node's text on one line.
    static func plainText(of node: OpaquePointer) -> String {
        guard let plain = cmark_render_plaintext(node, CMARK_OPT_DEFAULT, 0) else { return "" }
        defer { free(plain) }
        return String(cString: plain).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Gives the n-th `<hN>` of `html` the n-th heading's id. Safe mode escapes every `<` of the text, so
    /// each `<hN>` in cmark's output opens a heading, in document order.
    static func addingIDs(_ headings: [RenderedBody.Heading], to html: String) -> String {
        var result = ""
        var rest = Substring(html)
        for heading in headings {
            let open = "<h\(heading.level)>"
            guard let range = rest.range(of: open) else { break }
            result += rest[..<range.lowerBound]
            result += "<h\(heading.level) id=\"\(heading.id)\">"
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
