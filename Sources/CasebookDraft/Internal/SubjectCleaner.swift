import CasebookText
import Foundation

/// Turns a ticket subject into an article title: no reply/forward prefixes, no ticket numbers, no
/// shouting, no trailing punctuation, sentence case.
///
/// No pattern has two unbounded repetitions that can share characters, so cleaning is linear in
/// the subject's length whatever it holds.
enum SubjectCleaner {
    private static let prefixes = CompiledPattern(
        builtIn: #"^\s*(?:(?:re|fw|fwd|tr|aw|wg|rv|réf|ref|antw)[ \t]*(?:(?:\[\d+\]|\(\d+\))[ \t]*)?:\s*)+"#,
        caseInsensitive: true)
    // A bracketed group with a digit in it: the lookahead finds the digit without backtracking.
    private static let taggedBrackets = CompiledPattern(
        builtIn: #"[\[(](?:(?=[^\])\d]{0,120}\d)[^\])]{1,120}"#
            + #"|\s*(?:urgent|important|asap|action required|externe?|external)\s*)[\])]"#,
        caseInsensitive: true)
    private static let shouting = CompiledPattern(
        builtIn: #"\b(?:tr[eè]s\s+)?urgent\b|\basap\b|^\s*important\s*[:!-]+|\bplease help\b|\bsvp\b"#,
        caseInsensitive: true)
    private static let repeatedMarks = CompiledPattern(builtIn: #"([!?])[!?]+|!"#)
    private static let ends = CompiledPattern(
        builtIn: #"^[\s\-–—:|,;.!?]+|(?<![\s\-–—:|,;.!?…])[\s\-–—:|,;.!?…]+$"#)
    private static let spaces = CompiledPattern(builtIn: #"\s{2,}"#)

    /// The subject cleaned into a title; empty when nothing is left.
    static func clean(_ subject: String) -> String {
        var text = subject.replacingOccurrences(of: "\n", with: " ")
        text = prefixes.replace(in: text) { _, _ in "" }
        text = taggedBrackets.replace(in: text) { _, _ in " " }
        text = TicketReferences.scrub(text, longNumbersToo: true)
        text = shouting.replace(in: text) { _, _ in " " }
        text = repeatedMarks.replace(in: text) { match, source in
            match.group(1, in: source) == "?" ? "?" : ""
        }
        text = text.replacingOccurrences(of: "()", with: "").replacingOccurrences(of: "[]", with: "")
        text = spaces.replace(in: text) { _, _ in " " }
        text = ends.replace(in: text) { _, _ in "" }
        return sentenceCase(truncated(text, to: 100))
    }

    /// `text` with its first letter capitalised and the rest lower-cased when it was shouted or
    /// Title Cased; acronyms (`PDF`) and mixed-case words (`iPhone`) are kept.
    static func sentenceCase(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let lettered = words.filter { $0.contains(where: \.isLetter) }
        let isShouted = lettered.count >= 2 && lettered.allSatisfy { word in !word.contains(where: \.isLowercase) }
        let capitalised = lettered.filter { $0.first?.isUppercase ?? false }.count
        let isTitleCased = lettered.count >= 3 && Double(capitalised) / Double(lettered.count) >= 0.6
        let rewritten = words.enumerated().map { index, word -> String in
            let letters = word.filter(\.isLetter)
            let isAcronym = letters.count >= 2 && letters.count <= 5 && letters.allSatisfy(\.isUppercase)
            let isMixed = letters.dropFirst().contains(where: \.isUppercase) && letters.contains(where: \.isLowercase)
            if word == "i" || word.hasPrefix("i'") { return "I" + word.dropFirst() }
            if isShouted || (isTitleCased && !isAcronym && !isMixed) {
                let lowered = word.lowercased()
                return lowered == "i" || lowered.hasPrefix("i'") ? "I" + lowered.dropFirst() : lowered
            }
            return word
        }
        let joined = rewritten.joined(separator: " ")
        guard let first = joined.firstIndex(where: \.isLetter) else { return joined }
        return joined[..<first] + joined[first].uppercased() + joined[joined.index(after: first)...]
    }

    private static func truncated(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end])
    }
}

/// Ticket references (`#4521`, `ticket 98765`) that mean nothing to a reader of the help center.
enum TicketReferences {
    private static let references = CompiledPattern(
        builtIn: #"\b(?:ticket|case|request|demande|dossier|requête|incident|req)"#
            + #"(?:\s*(?:n°|no\.?|nr\.?|#))?(?:\s*:)?\s*#?\d{2,}\b|(?<![\p{L}\p{N}&])#\d{3,}\b"#,
        caseInsensitive: true)
    private static let longNumbers = CompiledPattern(builtIn: #"\b\d{6,}\b"#)
    private static let spaces = CompiledPattern(builtIn: #"[ \t]{2,}"#)
    private static let spaceBeforePunctuation = CompiledPattern(builtIn: #"(?<![ \t])[ \t]+([,.)])"#)

    /// `text` without ticket references (and, for titles, without any long number).
    static func scrub(_ text: String, longNumbersToo: Bool = false) -> String {
        var scrubbed = references.replace(in: text) { _, _ in "" }
        if longNumbersToo { scrubbed = longNumbers.replace(in: scrubbed) { _, _ in "" } }
        guard scrubbed != text else { return text }
        scrubbed = spaces.replace(in: scrubbed) { _, _ in " " }
        return spaceBeforePunctuation.replace(in: scrubbed) { match, source in match.group(1, in: source) }
    }
}
