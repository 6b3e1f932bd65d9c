import Foundation

extension ReplyCleaner {
    /// The fewest consecutive `Field: value` lines that make a quoted mail header.
    static let headerBlockMinimum = 3

    private static let email = CompiledPattern(
        builtIn: #"(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]*\p{L}"#)
    private static let fullDate = CompiledPattern(
        builtIn: #"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{1,2}/\d{1,2}/\d{2})\b"#)
    private static let year = CompiledPattern(builtIn: #"\b(?:19|20)\d{2}\b"#)
    private static let time = CompiledPattern(builtIn: #"\b\d{1,2}:\d{2}\b"#)

    /// The index of the first line of the first quoted mail header written in any language: at least
    /// three consecutive `Field: value` lines with short field names (`Fra:`, `Skickat:`, `**Od:**`),
    /// one of them holding an email address or a date. Nil when there is none.
    ///
    /// One pass over the lines, whatever their number.
    static func firstHeaderBlock(in lines: [String]) -> Int? {
        var start = 0
        var length = 0
        var hasEvidence = false
        for (index, line) in lines.enumerated() {
            guard let value = headerValue(line) else {
                if length >= headerBlockMinimum, hasEvidence { return start }
                length = 0
                hasEvidence = false
                continue
            }
            if length == 0 { start = index }
            length += 1
            if !hasEvidence { hasEvidence = isEmailOrDate(value) }
        }
        return length >= headerBlockMinimum && hasEvidence ? start : nil
    }

    /// The value of a `Field: value` line whose field name is one to three short words, or nil.
    static func headerValue(_ line: String) -> Substring? {
        guard line.utf8.count <= 1_000, let colon = line.firstIndex(of: ":") else { return nil }
        let name = line[..<colon].trimmingCharacters(in: .whitespaces).trimming(emphasis)
        guard let first = name.first, first.isLetter, name.count <= 24,
            name.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "." }),
            name.split(separator: " ").count <= 3
        else { return nil }
        let rest = line[line.index(after: colon)...].drop { emphasis.contains($0) }
        guard let space = rest.first, space.isWhitespace else { return nil }
        let value = rest.drop(while: \.isWhitespace)
        return value.isEmpty ? nil : value
    }

    private static let emphasis: Set<Character> = ["*", "_"]

    private static func isEmailOrDate(_ value: Substring) -> Bool {
        let text = String(value)
        guard text.contains(where: \.isNumber) || text.contains("@") else { return false }
        return email.matches(text) || fullDate.matches(text) || (year.matches(text) && time.matches(text))
    }
}

extension String {
    fileprivate func trimming(_ set: Set<Character>) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
