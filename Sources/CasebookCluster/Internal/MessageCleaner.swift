/// Keeps what the customer wrote in a message: drops quoted replies (`>` lines, `On … wrote:`,
/// `Le … a écrit :`, forwarded headers), what follows a signature delimiter, and a sign-off
/// (`Thanks,` / `Cordialement,`) with the few lines after it.
enum MessageCleaner {
    /// The customer's own text of `message`.
    static func clean(_ message: String) -> String {
        let lines = message.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var kept: [Substring] = []
        for (position, line) in lines.enumerated() {
            let current = trimmed(line.lowercased())
            if current.hasPrefix(">") { continue }
            let next = position + 1 < lines.count ? trimmed(lines[position + 1].lowercased()) : ""
            if endsMessage(current, next: next) { break }
            kept.append(line)
        }
        // A sign-off followed by at most a few short lines (name, title, phone) ends the message.
        if let signOff = kept.lastIndex(where: { isSignOff(trimmed($0.lowercased())) }),
            kept[(signOff + 1)...].filter({ !trimmed(String($0)).isEmpty }).count <= 4
        {
            kept.removeSubrange(signOff...)
        }
        return kept.joined(separator: "\n")
    }

    private static let signOffs: Set<String> = [
        "thanks", "thank you", "thanks in advance", "thanks a lot", "many thanks", "thank you so much", "thx",
        "regards", "best regards", "kind regards", "warm regards", "best", "cheers", "sincerely", "all the best",
        "best wishes", "cordialement", "bien cordialement", "merci", "merci d'avance", "merci beaucoup",
        "merci par avance", "bonne journée", "bonne soirée", "salutations", "bien à vous", "sincères salutations",
        "belle journée", "à bientôt", "cdlt", "bien à toi",
    ]

    private static func isSignOff(_ line: String) -> Bool {
        var line = Substring(line)
        while let last = line.last, last == "," || last == "!" || last == "." || last.isWhitespace {
            line.removeLast()
        }
        return signOffs.contains(String(line).replacingApostrophes())
    }

    private static let cutPrefixes = [
        "-----original message", "----- original message", "-----message d'origine", "----- message d'origine",
        "-------- original message", "-------- message d'origine", "sent from my ", "envoyé de mon ",
        "envoye de mon ", "get outlook for", "begin forwarded message", "début du message réexpédié",
    ]
    private static let headerPrefixes = [
        "sent:", "date:", "to:", "subject:", "envoyé :", "envoyé:", "date :", "à :", "objet :",
    ]

    /// True when `line` (lower-cased, trimmed) starts quoted history or a signature.
    private static func endsMessage(_ line: String, next: String) -> Bool {
        if line == "--" || line == "__" { return true }
        if cutPrefixes.contains(where: { line.hasPrefix($0) }) { return true }
        if line.hasPrefix("on "), line.hasSuffix("wrote:") || next.hasSuffix("wrote:") { return true }
        if line.hasPrefix("le "), writesFrench(line) || writesFrench(next) { return true }
        if line.hasPrefix("from:") || line.hasPrefix("de :") || line.hasPrefix("de:") {
            return headerPrefixes.contains { next.hasPrefix($0) }
        }
        return false
    }

    private static func writesFrench(_ line: String) -> Bool {
        line.hasSuffix(":") && (line.contains("a écrit") || line.contains("a ecrit"))
    }

    static func trimmed(_ text: String) -> String {
        var slice = Substring(text)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}

extension String {
    fileprivate func replacingApostrophes() -> String {
        String(map { $0 == "\u{2019}" ? "'" : $0 })
    }
}
