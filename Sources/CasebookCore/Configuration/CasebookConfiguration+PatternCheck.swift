import Foundation

extension CasebookConfiguration.Redaction.Pattern {
    /// Why a redaction pattern cannot be used.
    public enum Problem: Sendable, Equatable {
        /// The label is empty, too long, or has characters other than letters, digits, `_` and `-`.
        case invalidLabel
        /// The regular expression does not compile (the detail says why).
        case invalidRegex(String)
        /// The regular expression matches the empty text, so it would redact everything.
        case matchesEmptyText
    }

    /// What is wrong with the pattern, or nil when it can be used: the one rule the configuration
    /// loader and the redactor both apply.
    public var problem: Problem? {
        let labelIsValid =
            !label.isEmpty && label.count <= 40
            && label.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || "0123456789_-".unicodeScalars.contains($0)
            }
        guard labelIsValid else { return .invalidLabel }
        let expression: NSRegularExpression
        do {
            expression = try NSRegularExpression(pattern: regex)
        } catch {
            return .invalidRegex(error.localizedDescription)
        }
        if expression.firstMatch(in: "", range: NSRange(location: 0, length: 0)) != nil { return .matchesEmptyText }
        return nil
    }
}
