import CasebookCore
import CasebookText
import Foundation

/// Replaces personal data in free text with labelled placeholders (`[email]`, `[phone]`, `[name]`,
/// `[card]`, `[iban]`, `[ip]`, `[token]`, and `[label]` for configured patterns).
///
/// Built once (every regular expression is compiled in `init`) and then cheap to apply to many
/// texts; safe to share across threads. Redacting twice gives the same text as redacting once, and
/// no input makes it trap.
public struct Redactor: Sendable {
    let builtIn: [RedactionRule]
    let custom: [(label: String, pattern: CompiledPattern)]
    var names: NameMatcher
    let placeholders: CompiledPattern

    /// A redactor for `names` (people's full names; each part is matched on its own too) and the
    /// configured `rules`. Patterns in `rules` that are not valid regular expressions are skipped:
    /// call ``validate(_:)`` first to report them.
    public init(names: [String] = [], rules: CasebookConfiguration.Redaction = .init()) {
        builtIn = RedactionRule.standard
        custom = rules.patterns.compactMap { pattern in
            guard Self.isValidLabel(pattern.label), let compiled = CompiledPattern(pattern.regex),
                !compiled.matches("")
            else { return nil }
            return (pattern.label, compiled)
        }
        let labels = RedactionRule.labels + custom.map(\.label)
        let reserved = Set(labels.flatMap(Tokenizer.words).map(TextFolding.fold))
        self.names = NameMatcher(names: names + rules.names, reserved: reserved)
        let alternatives = labels.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        placeholders = CompiledPattern(builtIn: "\\[(?:\(alternatives))\\]")
    }

    /// The same redactor, also matching `names`.
    public func adding(names more: [String]) -> Redactor {
        var copy = self
        copy.names = names.adding(more)
        return copy
    }

    /// `text` with every piece of personal data replaced by its placeholder.
    public func redact(_ text: String) -> String {
        var current = text
        // One pass is enough for almost every text; a second settles the rare case where a
        // replacement brings two pieces together.
        for _ in 0..<3 {
            let next = redactOnce(current)
            if next == current { break }
            current = next
        }
        return current
    }

    /// Checks the configured patterns, so that a typo cannot silently let personal data through.
    public static func validate(_ rules: CasebookConfiguration.Redaction) throws(RedactionError) {
        for (index, pattern) in rules.patterns.enumerated() {
            guard isValidLabel(pattern.label) else {
                throw RedactionError(patternIndex: index, label: pattern.label, reason: .invalidLabel)
            }
            do {
                _ = try NSRegularExpression(pattern: pattern.regex)
            } catch {
                throw RedactionError(
                    patternIndex: index, label: pattern.label, reason: .invalidRegex(error.localizedDescription))
            }
            if CompiledPattern(pattern.regex)?.matches("") == true {
                throw RedactionError(patternIndex: index, label: pattern.label, reason: .matchesEmptyText)
            }
        }
    }

    private func redactOnce(_ text: String) -> String {
        var text = text
        for rule in builtIn {
            text = rule.apply(text)
        }
        for (label, pattern) in custom {
            let protected = placeholderRanges(in: text)
            text = pattern.replace(in: text) { match, _ in
                protected.contains { NSIntersectionRange($0, match.range).length > 0 } ? nil : "[\(label)]"
            }
        }
        return names.redact(text)
    }

    private func placeholderRanges(in text: String) -> [NSRange] {
        placeholders.regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
            .map(\.range)
    }

    static func isValidLabel(_ label: String) -> Bool {
        !label.isEmpty && label.count <= 40
            && label.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || "0123456789_-".unicodeScalars.contains($0)
            }
    }
}
