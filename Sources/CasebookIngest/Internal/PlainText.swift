import Foundation

/// Tidies plain-text bodies: one kind of line break, no-break spaces as spaces, no trailing spaces
/// on lines, no blank lines at either end.
enum PlainText {
    static func normalized(_ text: String) -> String {
        var lines: [Substring] = []
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{00A0}", with: " ")
        for line in unified.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = line
            while let last = line.last, last == " " || last == "\t" { line.removeLast() }
            lines.append(line)
        }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
