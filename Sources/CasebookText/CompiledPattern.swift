import Foundation

/// A compiled regular expression that never traps: replacement goes through a closure that sees
/// the whole match and decides what (if anything) replaces it.
package struct CompiledPattern: @unchecked Sendable {
    // NSRegularExpression is immutable once built and documented as safe to share across threads.
    package let regex: NSRegularExpression

    /// Compiles `pattern`, or returns nil when it is not a valid regular expression.
    package init?(_ pattern: String, caseInsensitive: Bool = false) {
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        guard let regex = try? NSRegularExpression(pattern: pattern, options: options) else { return nil }
        self.regex = regex
    }

    /// Compiles a pattern that is part of this module. A bad one is a programming error that the
    /// tests catch; it degrades to a pattern that matches nothing rather than trapping.
    package init(builtIn pattern: String, caseInsensitive: Bool = false) {
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        self.regex = (try? NSRegularExpression(pattern: pattern, options: options)) ?? Self.matchesNothing
        assert(regex.pattern == pattern, "invalid built-in pattern: \(pattern)")
    }

    // `(?!)` is a constant, valid pattern.
    private static let matchesNothing = try! NSRegularExpression(pattern: "(?!)")

    /// Replaces every match for which `replacement` returns a string; other matches stay as they are.
    /// Zero-length matches are always left alone.
    package func replace(in text: String, _ replacement: (_ match: NSTextCheckingResult, _ text: NSString) -> String?)
        -> String
    {
        let source = text as NSString
        let matches = regex.matches(in: text, range: NSRange(location: 0, length: source.length))
        guard !matches.isEmpty else { return text }
        var result = ""
        var cursor = 0
        for match in matches where match.range.length > 0 {
            guard let replaced = replacement(match, source) else { continue }
            result += source.substring(with: NSRange(location: cursor, length: match.range.location - cursor))
            result += replaced
            cursor = match.range.location + match.range.length
        }
        result += source.substring(from: cursor)
        return result
    }

    /// True when `text` contains a match.
    package func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
    }

    /// The first match's range in `text`, if any.
    package func firstMatch(in text: String) -> NSTextCheckingResult? {
        regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length))
    }
}

extension NSTextCheckingResult {
    /// The text of capture group `index`, or nil when the group did not take part in the match.
    package func group(_ index: Int, in text: NSString) -> String? {
        guard index < numberOfRanges else { return nil }
        let range = range(at: index)
        guard range.location != NSNotFound else { return nil }
        return text.substring(with: range)
    }
}
