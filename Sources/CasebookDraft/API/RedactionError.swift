import CasebookCore

/// A configured redaction pattern that cannot be used.
public struct RedactionError: CasebookError, Equatable {
    /// What is wrong with the pattern.
    public enum Reason: Sendable, Equatable {
        /// The regular expression does not compile (the detail says why).
        case invalidRegex(String)
        /// The label is empty, too long, or has characters other than letters, digits, `_` and `-`.
        case invalidLabel
        /// The regular expression matches the empty text, so it would redact everything.
        case matchesEmptyText
        /// A repeated group holds a repetition (`(a+)+`), which can take forever on long text.
        case nestedQuantifier
    }

    /// The pattern's position in `redaction.patterns`, from 0.
    public var patternIndex: Int
    /// The pattern's label.
    public var label: String
    /// What is wrong.
    public var reason: Reason
    /// The configuration file the pattern was read from.
    public var file: String

    /// An error about the pattern at `patternIndex` of `file`.
    public init(
        patternIndex: Int, label: String, reason: Reason, file: String = CasebookConfiguration.defaultFileName
    ) {
        self.patternIndex = patternIndex
        self.label = label
        self.reason = reason
        self.file = file
    }

    /// One line: where the pattern is and what to do about it.
    public var description: String {
        let place = "\(file): redaction.patterns[\(patternIndex)] (\(label))"
        switch reason {
        case .invalidRegex(let detail):
            return "\(place): the regex does not compile (\(detail)); fix it or remove the pattern"
        case .invalidLabel:
            return "\(place): the label must be 1–40 letters, digits, _ or -; rename it"
        case .matchesEmptyText:
            return "\(place): the regex matches empty text and would redact everything; "
                + "make it match at least one character"
        case .nestedQuantifier:
            return "\(place): a repeated group holds a repetition (such as (a+)+), which can take forever on long "
                + "text; write it without the nesting"
        }
    }

    /// Configuration errors end the command with exit code 78.
    public var exitCode: ExitStatus { .configuration }
}
