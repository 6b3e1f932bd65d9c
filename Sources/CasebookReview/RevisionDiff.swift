import CasebookCore
import Foundation

/// A readable diff between two texts of an article: changed lines in hunks with a little context, and,
/// inside a changed line, the words that changed. Shown in the terminal (`review diff`) and the web app.
public struct RevisionDiff: Codable, Sendable, Equatable {
    /// One line of a hunk.
    public struct Line: Codable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable { case same, removed, added, changed }

        public var kind: Kind
        /// The line's number in the old and the new text (from 1), when it is in it.
        public var oldNumber: Int?
        public var newNumber: Int?
        public var old: String?
        public var new: String?
        /// For a changed line: the words, each kept, removed or added.
        public var words: [Word]?
    }

    /// A word of a changed line.
    public struct Word: Codable, Sendable, Equatable {
        public enum Kind: String, Codable, Sendable { case same, removed, added }
        public var kind: Kind
        public var text: String
    }

    /// A run of changed lines with the context around them.
    public struct Hunk: Codable, Sendable, Equatable {
        public var lines: [Line]
    }

    /// The old and new titles, when the title changed.
    public var title: TitleChange?
    public var hunks: [Hunk]
    /// Lines added and removed (a changed line counts once in each).
    public var added: Int
    public var removed: Int

    public struct TitleChange: Codable, Sendable, Equatable {
        public var old: String
        public var new: String

        public init(old: String, new: String) {
            self.old = old
            self.new = new
        }
    }

    /// True when the texts are the same.
    public var isEmpty: Bool { title == nil && hunks.isEmpty }

    /// The diff from `old` to `new` (title and Markdown body), with `context` unchanged lines around changes.
    public init(oldTitle: String, oldBody: String, newTitle: String, newBody: String, context: Int = 3) {
        title = oldTitle == newTitle ? nil : TitleChange(old: oldTitle, new: newTitle)
        var lines: [Line] = []
        var oldNumber = 1
        var newNumber = 1
        var added = 0
        var removed = 0
        let runs = TextDiff.runs(TextDiff.lines(oldBody), TextDiff.lines(newBody))
        var index = 0
        while index < runs.count {
            switch runs[index] {
            case .same(let same):
                for text in same {
                    lines.append(Line(kind: .same, oldNumber: oldNumber, newNumber: newNumber, old: text, new: text))
                    oldNumber += 1
                    newNumber += 1
                }
            case .removed(let gone):
                var replacement: [String] = []
                if index + 1 < runs.count, case .added(let new) = runs[index + 1] {
                    replacement = new
                    index += 1
                }
                removed += gone.count
                added += replacement.count
                let paired = min(gone.count, replacement.count)
                for offset in 0..<paired {
                    lines.append(
                        Line(
                            kind: .changed, oldNumber: oldNumber, newNumber: newNumber, old: gone[offset],
                            new: replacement[offset], words: Self.words(gone[offset], replacement[offset])))
                    oldNumber += 1
                    newNumber += 1
                }
                for text in gone.dropFirst(paired) {
                    lines.append(Line(kind: .removed, oldNumber: oldNumber, old: text))
                    oldNumber += 1
                }
                for text in replacement.dropFirst(paired) {
                    lines.append(Line(kind: .added, newNumber: newNumber, new: text))
                    newNumber += 1
                }
            case .added(let new):
                added += new.count
                for text in new {
                    lines.append(Line(kind: .added, newNumber: newNumber, new: text))
                    newNumber += 1
                }
            }
            index += 1
        }
        self.added = added
        self.removed = removed
        hunks = Self.hunks(of: lines, context: context)
    }

    /// The diff between two revisions.
    public init(from old: ArticleRevision, to new: ArticleRevision, context: Int = 3) {
        self.init(oldTitle: old.title, oldBody: old.body, newTitle: new.title, newBody: new.body, context: context)
    }

    private static func words(_ old: String, _ new: String) -> [Word] {
        TextDiff.runs(TextDiff.words(old), TextDiff.words(new)).map { run in
            switch run {
            case .same(let tokens): Word(kind: .same, text: tokens.joined())
            case .removed(let tokens): Word(kind: .removed, text: tokens.joined())
            case .added(let tokens): Word(kind: .added, text: tokens.joined())
            }
        }
    }

    private static func hunks(of lines: [Line], context: Int) -> [Hunk] {
        let changed = lines.indices.filter { lines[$0].kind != .same }
        guard !changed.isEmpty else { return [] }
        var ranges: [ClosedRange<Int>] = []
        for index in changed {
            let range = max(0, index - context)...min(lines.count - 1, index + context)
            if let last = ranges.last, range.lowerBound <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        return ranges.map { Hunk(lines: Array(lines[$0])) }
    }

    /// The diff as terminal text: `-`/`+` lines, changed words marked `[-old-]{+new+}`, or coloured (red,
    /// green) when `colored`. The texts' own control characters are neutralised, so only the colours
    /// reach the terminal.
    public func text(colored: Bool) -> String {
        let safe = TerminalText.safe
        let red = colored ? "\u{1B}[31m" : ""
        let green = colored ? "\u{1B}[32m" : ""
        let dim = colored ? "\u{1B}[2m" : ""
        let reset = colored ? "\u{1B}[0m" : ""
        var output: [String] = []
        if let title {
            output.append("\(red)- title: \(safe(title.old))\(reset)")
            output.append("\(green)+ title: \(safe(title.new))\(reset)")
        }
        for hunk in hunks {
            let first = hunk.lines.first
            output.append("\(dim)@@ line \(first?.oldNumber ?? first?.newNumber ?? 1) @@\(reset)")
            for line in hunk.lines {
                switch line.kind {
                case .same: output.append("  \(safe(line.old ?? ""))")
                case .removed: output.append("\(red)- \(safe(line.old ?? ""))\(reset)")
                case .added: output.append("\(green)+ \(safe(line.new ?? ""))\(reset)")
                case .changed:
                    let marked = (line.words ?? []).map { word -> String in
                        let text = safe(word.text)
                        return switch word.kind {
                        case .same: text
                        case .removed: colored ? "\(red)\u{1B}[9m\(text)\u{1B}[29m\(reset)" : "[-\(text)-]"
                        case .added: colored ? "\(green)\u{1B}[4m\(text)\u{1B}[24m\(reset)" : "{+\(text)+}"
                        }
                    }.joined()
                    output.append("~ \(marked)")
                }
            }
        }
        if output.isEmpty { output.append("(no differences)") }
        return output.joined(separator: "\n")
    }
}
