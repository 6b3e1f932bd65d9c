/// Inline text being gathered for one paragraph: runs of white space (no-break spaces included)
/// collapse to one space, `<br>` makes a line break, and markup is added as is.
struct InlineText {
    private(set) var text = ""
    private var pendingSpace = false

    var isEmpty: Bool { text.isEmpty }

    /// Adds text from the document, collapsing its white space.
    mutating func append(_ content: String) {
        for scalar in content.unicodeScalars {
            let isSpace =
                scalar.isASCII
                ? scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}"
                : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = true
            } else {
                flushSpace()
                text.unicodeScalars.append(scalar)
            }
        }
    }

    /// Adds markup (`[text](href)`, `` `code` ``) untouched, after any pending space.
    mutating func appendMarkup(_ markup: String, spaceBefore: Bool = false, spaceAfter: Bool = false) {
        if spaceBefore { pendingSpace = true }
        flushSpace()
        text += markup
        if spaceAfter { pendingSpace = true }
    }

    /// Starts a new line within the paragraph.
    mutating func lineBreak() {
        while text.last == " " { text.removeLast() }
        text.append("\n")
        pendingSpace = false
    }

    /// The paragraph's text with no spaces at line ends and no blank lines at either end; empties it.
    mutating func take() -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        text = ""
        pendingSpace = false
        return lines.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed().joined(separator: "\n")
    }

    private mutating func flushSpace() {
        if pendingSpace, !text.isEmpty, text.last != "\n" { text.append(" ") }
        pendingSpace = false
    }
}
