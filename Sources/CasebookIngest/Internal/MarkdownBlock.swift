/// A block of converted HTML, rendered as light Markdown.
indirect enum MarkdownBlock: Equatable {
    case paragraph(String)
    case heading(String)
    case code(String)
    case list(ordered: Bool, start: Int, items: [[MarkdownBlock]])
    case quote([MarkdownBlock])

    /// `blocks` as Markdown: blocks apart by a blank line, list items tight, nested lists indented.
    static func render(_ blocks: [MarkdownBlock]) -> String {
        blocks.map(\.markdown).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    var markdown: String {
        switch self {
        case .paragraph(let text):
            return text
        case .heading(let text):
            return "## " + text
        case .code(let text):
            let fence = text.contains("```") ? "~~~" : "```"
            return fence + "\n" + text + "\n" + fence
        case .list(let ordered, let start, let items):
            return items.enumerated().compactMap { offset, blocks in
                let marker = ordered ? "\(start + offset). " : "- "
                let body = Self.renderItem(blocks)
                return body.isEmpty
                    ? nil : Self.prefixed(body, first: marker, rest: String(repeating: " ", count: marker.count))
            }.joined(separator: "\n")
        case .quote(let blocks):
            let body = Self.render(blocks)
            return body.isEmpty ? "" : Self.prefixed(body, first: "> ", rest: "> ")
        }
    }

    /// An item's blocks: a nested list right under its text, other blocks a blank line apart.
    private static func renderItem(_ blocks: [MarkdownBlock]) -> String {
        var text = ""
        for block in blocks {
            let markdown = block.markdown
            guard !markdown.isEmpty else { continue }
            if !text.isEmpty {
                if case .list = block { text += "\n" } else { text += "\n\n" }
            }
            text += markdown
        }
        return text
    }

    /// `text` with `first` before its first line and `rest` before the others (bare `>` for blank
    /// quoted lines, nothing for blank indented ones).
    private static func prefixed(_ text: String, first: String, rest: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            let prefix = index == 0 ? first : rest
            if line.isEmpty { return prefix.trimmingSpaces }
            return prefix + line
        }.joined(separator: "\n")
    }
}
