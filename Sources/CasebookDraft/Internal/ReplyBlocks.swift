import CasebookText
import Foundation

/// The structure of an answer: paragraphs, numbered steps and bullet points, read from plain
/// text with light Markdown and written back as Markdown.
struct ReplyBlocks {
    enum Block: Equatable {
        case paragraph(String)
        case steps([String])
        case bullets([String])
    }

    private(set) var blocks: [Block] = []

    private static let stepMarker = CompiledPattern(
        builtIn: #"^\s*(?:\d{1,2}[.)]|(?:step|etape|étape|paso|schritt)\s*\d{1,2}\s*[:.)-]?)\s+"#,
        caseInsensitive: true)
    private static let bulletMarker = CompiledPattern(builtIn: #"^\s*[-*•–+·]\s+"#)

    init(_ text: String) {
        var afterBlank = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                afterBlank = true
                continue
            }
            if let item = Self.item(line, marker: Self.stepMarker) {
                if case .steps(let items)? = blocks.last {
                    blocks[blocks.count - 1] = .steps(items + [item])
                } else {
                    blocks.append(.steps([item]))
                }
            } else if let item = Self.item(line, marker: Self.bulletMarker) {
                if case .bullets(let items)? = blocks.last {
                    blocks[blocks.count - 1] = .bullets(items + [item])
                } else {
                    blocks.append(.bullets([item]))
                }
            } else {
                appendText(trimmed, continuing: !afterBlank, indented: line.first == " " || line.first == "\t")
            }
            afterBlank = false
        }
    }

    private mutating func appendText(_ text: String, continuing: Bool, indented: Bool) {
        switch blocks.last {
        case .paragraph(let paragraph)? where continuing:
            blocks[blocks.count - 1] = .paragraph(paragraph + " " + text)
        case .steps(let items)? where continuing && indented:
            blocks[blocks.count - 1] = .steps(items.dropLast() + [(items.last ?? "") + " " + text])
        case .bullets(let items)? where continuing && indented:
            blocks[blocks.count - 1] = .bullets(items.dropLast() + [(items.last ?? "") + " " + text])
        default:
            blocks.append(.paragraph(text))
        }
    }

    private static func item(_ line: String, marker: CompiledPattern) -> String? {
        guard let match = marker.firstMatch(in: line) else { return nil }
        let item = (line as NSString).substring(from: match.range.location + match.range.length)
            .trimmingCharacters(in: .whitespaces)
        return item.isEmpty ? nil : item
    }

    /// True when the answer has a list.
    var hasList: Bool {
        blocks.contains { if case .paragraph = $0 { false } else { true } }
    }

    /// The blocks as Markdown, each piece of text passed through `escape`; steps numbered from 1.
    func markdown(escape: (String) -> String) -> String {
        blocks.map { block in
            switch block {
            case .paragraph(let text):
                escape(text)
            case .steps(let items):
                items.enumerated().map { "\($0.offset + 1). " + escape($0.element) }.joined(separator: "\n")
            case .bullets(let items):
                items.map { "- " + escape($0) }.joined(separator: "\n")
            }
        }.joined(separator: "\n\n")
    }
}
