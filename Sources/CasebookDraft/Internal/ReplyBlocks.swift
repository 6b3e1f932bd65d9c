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
        // Blocks are built as lists of line fragments, appended in place and joined once at the end,
        // so that a long answer is read in one pass.
        var pieces: [(kind: Kind, items: [[String]])] = []
        var afterBlank = true
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                afterBlank = true
                continue
            }
            let indented = line.first == " " || line.first == "\t"
            let last = pieces.indices.last
            if let item = Self.item(line, marker: Self.stepMarker) {
                if let last, pieces[last].kind == .steps {
                    pieces[last].items.append([item])
                } else {
                    pieces.append((.steps, [[item]]))
                }
            } else if let item = Self.item(line, marker: Self.bulletMarker) {
                if let last, pieces[last].kind == .bullets {
                    pieces[last].items.append([item])
                } else {
                    pieces.append((.bullets, [[item]]))
                }
            } else if let last, !afterBlank, pieces[last].kind == .paragraph || indented,
                let item = pieces[last].items.indices.last
            {
                pieces[last].items[item].append(trimmed)
            } else {
                pieces.append((.paragraph, [[trimmed]]))
            }
            afterBlank = false
        }
        blocks = pieces.map { piece in
            let items = piece.items.map { $0.joined(separator: " ") }
            switch piece.kind {
            case .paragraph: return .paragraph(items.joined(separator: " "))
            case .steps: return .steps(items)
            case .bullets: return .bullets(items)
            }
        }
    }

    private enum Kind {
        case paragraph, steps, bullets
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
