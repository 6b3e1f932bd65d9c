/// Keeps only the answer of an email-like message: drops the greeting, polite openers, the
/// sign-off and everything after it (signature, "Sent from my iPhone"), and quoted history.
///
/// Table-driven: each language is one ``Phrases`` value; all of them apply to every message.
public struct ReplyCleaner: Sendable {
    let greetings: [[String]]
    let openers: [String]
    let closers: [String]
    let signOffs: [String]
    let shortSignOffs: [String]
    let signatureStarts: [String]
    let quoteHeaders: [CompiledPattern]
    let headerOpeners: Set<String>
    let headerFields: Set<String>

    /// A cleaner that knows the phrases of `languages`.
    public init(languages: [Phrases] = Phrases.all) {
        greetings = languages.flatMap(\.greetings).map { $0.split(separator: " ").map(String.init) }
            .sorted { $0.count > $1.count }
        openers = languages.flatMap(\.openers)
        closers = languages.flatMap(\.closers)
        signOffs = languages.flatMap(\.signOffs).sorted { $0.count > $1.count }
        shortSignOffs = languages.flatMap(\.shortSignOffs).sorted { $0.count > $1.count }
        signatureStarts = languages.flatMap(\.signatureStarts)
        quoteHeaders = languages.flatMap(\.quoteHeaders).compactMap { CompiledPattern($0, caseInsensitive: true) }
        headerOpeners = Set(languages.compactMap(\.headerFields.first))
        headerFields = Set(languages.flatMap { $0.headerFields.dropFirst() })
    }

    /// The answer in `text`, trimmed; empty when nothing is left.
    public func clean(_ text: String) -> String {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines = cutHistoryAndSignature(lines)
        lines = removeGreeting(lines)
        lines = removeClosers(lines)
        return Self.tidy(lines)
    }

    /// The lines before the first quote header, signature or sign-off, without quoted (`>`) lines.
    private func cutHistoryAndSignature(_ lines: [String]) -> [String] {
        var kept: [String] = []
        var hasContent = false
        let headerBlock = Self.firstHeaderBlock(in: lines)
        for (index, line) in lines.enumerated() {
            if index == headerBlock { break }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix(">") { continue }
            let folded = Self.fold(trimmed)
            if isQuoteHeader(folded, next: lines.dropFirst(index + 1).prefix(4).map { Self.fold($0) }) { break }
            if isSignatureStart(trimmed, folded: folded) { break }
            if isSignOff(trimmed, folded: folded) {
                if hasContent { break }
                continue
            }
            kept.append(line)
            hasContent = hasContent || !trimmed.isEmpty
        }
        return kept
    }

    /// The lines without the polite closing lines at their end.
    private func removeClosers(_ lines: [String]) -> [String] {
        var lines = lines
        while let last = lines.lastIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            let folded = Self.fold(lines[last])
            guard closers.contains(where: { Self.startsWithPhrase(folded, $0) }) else { break }
            lines.removeSubrange(last...)
        }
        return lines
    }

    private func isQuoteHeader(_ folded: String, next: [String]) -> Bool {
        if quoteHeaders.contains(where: { $0.matches(folded) }) { return true }
        // A header wrapped over two lines: "On Mon, 5 Feb 2024, Jane Doe <jane@…>" / "wrote:".
        if let following = next.first, quoteHeaders.contains(where: { $0.matches(folded + " " + following) }),
            folded.count < 200, following.count < 40, following.hasSuffix(":")
        {
            return true
        }
        guard let field = Self.headerField(folded), headerOpeners.contains(field) else { return false }
        let rest = folded.split(separator: ":").dropFirst().joined(separator: ":")
        let sameLine = headerFields.contains { rest.contains(" \($0):") || rest.contains(" \($0) :") }
        return sameLine || next.contains { Self.headerField($0).map(headerFields.contains) ?? false }
    }

    /// The field name of a mail header line such as `From: …`, `De : …` or `**From:** …`.
    private static func headerField(_ folded: String) -> String? {
        guard let colon = folded.firstIndex(of: ":") else { return nil }
        let name = folded[..<colon].trimmingCharacters(in: .init(charactersIn: " \t*_"))
        guard !name.isEmpty, name.count <= 12, name.allSatisfy({ $0.isLetter || $0 == " " }) else { return nil }
        return name
    }

    private func isSignatureStart(_ trimmed: String, folded: String) -> Bool {
        if trimmed == "--" || trimmed == "—" || trimmed == "–"
            || (trimmed.count >= 3 && trimmed.allSatisfy { $0 == "_" })
        {
            return true
        }
        return signatureStarts.contains { folded.hasPrefix($0) }
    }

    private func isSignOff(_ trimmed: String, folded: String) -> Bool {
        if signOffs.contains(where: { Self.startsWithPhrase(folded, $0) }) { return true }
        for phrase in shortSignOffs where Self.startsWithPhrase(folded, phrase) {
            // "Thanks," / "Thanks, Tom" / "Merci !" end the message; "Thanks, that fixed it" does not.
            let rest = trimmed.dropFirst(phrase.count).trimmingCharacters(in: .init(charactersIn: " ,.!:;-\u{00A0}"))
            let words = rest.split(separator: " ")
            return words.count <= 3 && words.allSatisfy { $0.first?.isUppercase ?? false }
        }
        return false
    }

    /// True when `folded` starts with `phrase` followed by something other than a letter.
    static func startsWithPhrase(_ folded: String, _ phrase: String) -> Bool {
        guard folded.hasPrefix(phrase) else { return false }
        let after = folded.dropFirst(phrase.count).first
        return after.map { !$0.isLetter && !$0.isNumber } ?? true
    }

    static func fold(_ text: String) -> String {
        let text = text.contains("’") ? text.replacingOccurrences(of: "’", with: "'") : text
        return TextFolding.fold(text).trimmingCharacters(in: .whitespaces)
    }

    /// Lines with trailing spaces removed, at most one blank line in a row, no blank lines around.
    static func tidy(_ lines: [String]) -> String {
        var result: [String] = []
        for line in lines {
            let line = String(line.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
            if line.isEmpty, result.last?.isEmpty ?? true { continue }
            result.append(line)
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result.joined(separator: "\n")
    }
}
