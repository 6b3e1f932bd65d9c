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
    /// call ``validate(_:file:)`` first to report them.
    public init(names: [String] = [], rules: CasebookConfiguration.Redaction = .init()) {
        builtIn = RedactionRule.standard(publicDomains: rules.publicDomains)
        custom = rules.patterns.compactMap { pattern in
            guard pattern.problem == nil, let compiled = CompiledPattern(pattern.regex) else { return nil }
            return (pattern.label, compiled)
        }
        let labels = RedactionRule.labels + custom.map(\.label)
        let reserved = Set(labels.flatMap(Tokenizer.words).map(TextFolding.fold))
        self.names = NameMatcher(names: names + rules.names, reserved: reserved)
        let alternatives = labels.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        placeholders = CompiledPattern(builtIn: "\\[(?:\(alternatives))\\]")
    }

    /// The same redactor, also matching `names`. The names it already has are shared, not copied, so
    /// adding a ticket's few names to a store-wide list costs only the few names.
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
    /// Errors name `file`, the configuration file the rules were read from (`casebook.yml` when nil).
    public static func validate(_ rules: CasebookConfiguration.Redaction, file: String? = nil) throws(RedactionError) {
        let file = file ?? CasebookConfiguration.defaultFileName
        for (index, pattern) in rules.patterns.enumerated() {
            let reason: RedactionError.Reason
            switch pattern.problem {
            case nil: continue
            case .invalidLabel: reason = .invalidLabel
            case .invalidRegex(let detail): reason = .invalidRegex(detail)
            case .matchesEmptyText: reason = .matchesEmptyText
            case .nestedQuantifier: reason = .nestedQuantifier
            }
            throw RedactionError(patternIndex: index, label: pattern.label, reason: reason, file: file)
        }
    }
    private func redactOnce(_ text: String) -> String {
        var text = text
        for rule in builtIn {
            text = rule.apply(text)
        }
        for (label, pattern) in custom {
            // Matches and placeholders both come in text order: one walk over the two lists.
            let protected = placeholderRanges(in: text)
            var next = 0
            text = pattern.replace(in: text) { match, _ in
                while next < protected.count, NSMaxRange(protected[next]) <= match.range.location { next += 1 }
                let overlaps = next < protected.count && protected[next].location < NSMaxRange(match.range)
                return overlaps ? nil : "[\(label)]"
            }
        }
        return Self.adjacentNames.replace(in: names.redact(text)) { _, _ in "[name]" }
    }

    /// Two name placeholders side by side are one name found in two ways ("[name] [name]").
    private static let adjacentNames = CompiledPattern(builtIn: #"\[name\](?:[ \u00A0]+\[name\])+"#)

    private func placeholderRanges(in text: String) -> [NSRange] {
        placeholders.regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
            .map(\.range)
    }
}
