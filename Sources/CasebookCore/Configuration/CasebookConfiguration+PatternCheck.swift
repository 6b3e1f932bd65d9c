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
        /// A repeated group holds a repetition (`(a+)+`): matching can take exponential time, so it is refused.
        case nestedQuantifier
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
        if Self.hasNestedQuantifier(regex) { return .nestedQuantifier }
        if expression.firstMatch(in: "", range: NSRange(location: 0, length: 0)) != nil { return .matchesEmptyText }
        return nil
    }

    /// True when a group that is repeated (`*`, `+`, `{n,}` or `{n,m}` with m > 1) contains a repetition
    /// itself, at any depth: the shape behind catastrophic backtracking. Escapes and character classes are
    /// read as the regex engine reads them.
    static func hasNestedQuantifier(_ regex: String) -> Bool {
        let characters = Array(regex)
        // For each open group: does it contain a repetition so far?
        var groups: [Bool] = []
        var index = 0
        func isRepeat(at position: Int) -> Bool {
            guard position < characters.count else { return false }
            switch characters[position] {
            case "*", "+": return true
            case "{":
                guard let close = characters[position...].firstIndex(of: "}") else { return false }
                let body = String(characters[(position + 1)..<close])
                let parts = body.split(separator: ",", omittingEmptySubsequences: false)
                guard parts.count == 2 else { return false }
                return parts[1].isEmpty || (Int(parts[1]) ?? 0) > 1
            default: return false
            }
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\":
                index += 2
                if isRepeat(at: index), !groups.isEmpty { groups[groups.count - 1] = true }
                continue
            case "[":
                index += 1
                if index < characters.count, characters[index] == "^" { index += 1 }
                if index < characters.count, characters[index] == "]" { index += 1 }
                while index < characters.count, characters[index] != "]" {
                    index += characters[index] == "\\" ? 2 : 1
                }
                index += 1
                if isRepeat(at: index), !groups.isEmpty { groups[groups.count - 1] = true }
                continue
            case "(":
                groups.append(false)
            case ")":
                let inner = groups.popLast() ?? false
                if isRepeat(at: index + 1) {
                    if inner { return true }
                    if !groups.isEmpty { groups[groups.count - 1] = true }
                } else if inner, !groups.isEmpty {
                    groups[groups.count - 1] = true
                }
            default:
                if isRepeat(at: index + 1), !groups.isEmpty { groups[groups.count - 1] = true }
            }
            index += 1
        }
        return false
    }
}
