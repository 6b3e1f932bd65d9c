import CLibXML2

/// Walks a libxml2 HTML tree and gathers its content as Markdown blocks.
///
/// Recursion is capped at `maxDepth`: anything nested deeper is dropped, so a hostile document
/// cannot exhaust the stack.
struct HTMLTreeWalker {
    static let maxDepth = 200

    private static let skipped: Set<String> = [
        "script", "style", "head", "title", "noscript", "template", "iframe", "object", "embed", "svg", "math",
        "canvas", "meta", "link", "base", "img", "video", "audio", "select", "button", "input", "textarea",
    ]
    private static let blocks: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "main", "nav", "aside", "address", "figure",
        "figcaption", "form", "fieldset", "table", "thead", "tbody", "tfoot", "tr", "dl", "dt", "dd", "center",
        "details", "summary", "hr", "body", "html", "li", "caption",
    ]

    private(set) var blocks: [MarkdownBlock] = []
    private var inline = InlineText()

    /// Gathers `node` and its following siblings.
    mutating func walk(siblingsFrom node: xmlNodePtr?, depth: Int = 0) {
        var node = node
        while let current = node {
            visit(current, depth: depth)
            node = current.pointee.next
        }
    }

    /// The blocks gathered, the last paragraph included.
    mutating func finish() -> [MarkdownBlock] {
        flush()
        return blocks
    }

    private mutating func flush() {
        let text = inline.take()
        if !text.isEmpty { blocks.append(.paragraph(text)) }
    }

    private mutating func visit(_ node: xmlNodePtr, depth: Int) {
        guard depth < Self.maxDepth else { return }
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            inline.append(Self.content(of: node))
        case XML_ELEMENT_NODE:
            element(node, name: Self.name(of: node), depth: depth)
        default:
            break  // comments, processing instructions, the doctype
        }
    }

    private mutating func element(_ node: xmlNodePtr, name: String, depth: Int) {
        let children = node.pointee.children
        switch name {
        case _ where Self.skipped.contains(name):
            break
        case "br":
            inline.lineBreak()
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            let text = Self.plainText(of: children, depth: depth + 1).collapsedSpaces
            if !text.isEmpty { blocks.append(.heading(text)) }
        case "ul", "ol":
            flush()
            list(node, ordered: name == "ol", depth: depth)
        case "pre":
            flush()
            let code = Self.plainText(of: children, depth: depth + 1, keepSpaces: true)
            let lines = code.split(separator: "\n", omittingEmptySubsequences: false)
            let trimmed = lines.drop { $0.trimmingSpaces.isEmpty }.reversed().drop { $0.trimmingSpaces.isEmpty }
            if !trimmed.isEmpty { blocks.append(.code(trimmed.reversed().joined(separator: "\n"))) }
        case "blockquote":
            flush()
            var nested = HTMLTreeWalker()
            nested.walk(siblingsFrom: children, depth: depth + 1)
            let quoted = nested.finish()
            if !quoted.isEmpty { blocks.append(.quote(quoted)) }
        case "code", "kbd", "samp", "tt":
            let raw = Self.plainText(of: children, depth: depth + 1)
            let code = raw.collapsedSpaces
            guard !code.isEmpty else { break }
            let ticks = code.contains("`") ? "``" : "`"
            let padding = code.hasPrefix("`") || code.hasSuffix("`") ? " " : ""
            inline.appendMarkup(
                ticks + padding + code + padding + ticks, spaceBefore: raw.first?.isWhitespace == true,
                spaceAfter: raw.last?.isWhitespace == true)
        case "a":
            link(node, depth: depth)
        case "b", "strong", "i", "em":
            let raw = Self.plainText(of: children, depth: depth + 1)
            let text = raw.collapsedSpaces
            guard !text.isEmpty else { break }
            let mark = name == "b" || name == "strong" ? "**" : "*"
            inline.appendMarkup(
                mark + text + mark, spaceBefore: raw.first?.isWhitespace == true,
                spaceAfter: raw.last?.isWhitespace == true)
        case "td", "th":
            if !inline.isEmpty { inline.appendMarkup(" |", spaceAfter: true) }
            walk(siblingsFrom: children, depth: depth + 1)
        case _ where Self.blocks.contains(name):
            flush()
            walk(siblingsFrom: children, depth: depth + 1)
            flush()
        default:
            walk(siblingsFrom: children, depth: depth + 1)
        }
    }

    private mutating func list(_ node: xmlNodePtr, ordered: Bool, depth: Int) {
        var items: [[MarkdownBlock]] = []
        var child = node.pointee.children
        while let current = child {
            defer { child = current.pointee.next }
            guard current.pointee.type == XML_ELEMENT_NODE else {
                if current.pointee.type == XML_TEXT_NODE, !Self.content(of: current).trimmingSpaces.isEmpty {
                    var loose = HTMLTreeWalker()
                    loose.visit(current, depth: depth + 1)
                    items.append(loose.finish())
                }
                continue
            }
            var item = HTMLTreeWalker()
            let name = Self.name(of: current)
            if name == "li" {
                item.walk(siblingsFrom: current.pointee.children, depth: depth + 2)
            } else {
                item.visit(current, depth: depth + 1)
            }
            let blocks = item.finish()
            guard !blocks.isEmpty else { continue }
            // A list nested straight inside a list belongs to the item before it.
            if name == "ul" || name == "ol", !items.isEmpty {
                items[items.count - 1] += blocks
            } else {
                items.append(blocks)
            }
        }
        let start = Self.attribute("start", of: node).flatMap { Int($0.trimmingSpaces) } ?? 1
        if !items.isEmpty { blocks.append(.list(ordered: ordered, start: max(0, min(start, 1_000_000)), items: items)) }
    }

    private mutating func link(_ node: xmlNodePtr, depth: Int) {
        let raw = Self.plainText(of: node.pointee.children, depth: depth + 1)
        let text = raw.collapsedSpaces
        let href = Self.attribute("href", of: node).map(\.trimmingSpaces) ?? ""
        guard let target = Self.safeLink(href) else {
            inline.append(raw)
            return
        }
        // A link whose text is its own address reads better bare (`https://…`, `help@example.com`).
        let bare = target.lowercased().hasPrefix("mailto:") ? String(target.dropFirst(7)) : target
        if text.isEmpty || text == bare || text == href {
            inline.appendMarkup(
                text.isEmpty ? bare : text, spaceBefore: raw.first?.isWhitespace == true,
                spaceAfter: raw.last?.isWhitespace == true)
            return
        }
        let label = text.replacingBrackets
        inline.appendMarkup(
            "[\(label)](\(target))", spaceBefore: raw.first?.isWhitespace == true,
            spaceAfter: raw.last?.isWhitespace == true)
    }
}
