import CasebookCore
import CasebookText
import Foundation

/// The work of drafting one article: the cluster's threads and the tools to read them.
///
/// A class because it owns a `TermAnalyzer` (stemmers); it lives for one `draft` call.
final class DraftSession {
    let language: String
    let redactor: Redactor
    let cleaner: ReplyCleaner
    let threads: [TicketThread]
    let analyzer = TermAnalyzer()
    /// What redaction replaced in the texts drafted from, kind → count.
    private(set) var redactionCounts: [String: Int] = [:]

    init(language: String, redactor: Redactor, cleaner: ReplyCleaner, threads: [TicketThread]) {
        self.language = language
        self.redactor = redactor
        self.cleaner = cleaner
        self.threads = threads
    }

    /// `text` redacted, counting what was replaced.
    func redactCounting(_ text: String) -> String {
        let redacted = redactor.redact(text)
        guard redacted != text else { return redacted }
        let before = PrivacyGate.placeholders(in: text)
        var after = PrivacyGate.placeholders(in: redacted)
        for label in before {
            if let index = after.firstIndex(of: label) { after.remove(at: index) }
        }
        for label in after { redactionCounts[label, default: 0] += 1 }
        return redacted
    }

    func vector(_ text: String) -> TermVector {
        TermVector(text, language: language, analyzer: analyzer)
    }

    /// `text` with its placeholders removed (for titles, where `[name]` reads badly).
    func withoutPlaceholders(_ text: String) -> String {
        redactor.placeholders.replace(in: text) { _, _ in "" }
    }

    /// `text` without the lines at its end that hold nothing but placeholders (a signature whose
    /// name was redacted).
    static func withoutTrailingPlaceholders(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, isPlaceholdersOnly(last) {
            lines.removeLast()
        }
        if let last = lines.last {
            lines[lines.count - 1] = Substring(Self.trailingPlaceholders.replace(in: String(last)) { _, _ in "" })
        }
        return lines.joined(separator: "\n")
    }

    private static let trailingPlaceholders = CompiledPattern(builtIn: #"(?<=[.!?])(?:\s*\[name\])+\s*$"#)

    private static func isPlaceholdersOnly(_ line: Substring) -> Bool {
        var rest = line.trimmingCharacters(in: .whitespaces)
        for placeholder in ["[name]", "[email]", "[phone]"] {
            rest = rest.replacingOccurrences(of: placeholder, with: "")
        }
        return rest.allSatisfy { !$0.isLetter && !$0.isNumber }
    }

    /// The index of the best-scored item; ties go to the earliest.
    static func best<T>(_ items: [T], score: (T) -> Double) -> Int? {
        var best: (index: Int, score: Double)?
        for (index, item) in items.enumerated() {
            let value = score(item)
            if best.map({ value > $0.score + 1e-9 }) ?? true { best = (index, value) }
        }
        return best?.index
    }
}
