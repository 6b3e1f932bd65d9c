import CasebookCore
import Foundation

extension DraftSession {
    /// Up to `limit` short excerpts of the customers' first messages, redacted, escaped for
    /// Markdown and de-duplicated, the most representative first.
    func problemExcerpts(limit: Int) -> [String] {
        let firstMessages = threads.compactMap { thread -> String? in
            guard let message = thread.publicComments.first(where: { $0.authorRole == .customer }) else { return nil }
            // Redact the whole message before cutting it, so that no cut can split an address in two.
            let plain = MarkdownText.plainText(cleaner.clean(message.bodyText))
            let redacted = Self.withoutTrailingPlaceholders(redactor.redact(plain))
            let excerpt = TicketReferences.scrub(Self.excerpt(of: redacted))
            return excerpt.filter(\.isLetter).count >= 8 ? excerpt : nil
        }
        let vectors = firstMessages.map(vector)
        let centroid = TermVector(sum: vectors)
        let scores = vectors.map { $0.cosine(centroid) }
        let ranked = firstMessages.indices
            .sorted { lhs, rhs in
                abs(scores[lhs] - scores[rhs]) > 1e-9 ? scores[lhs] > scores[rhs] : lhs < rhs
            }
            .map { (firstMessages[$0], vectors[$0]) }
        var chosen: [(text: String, vector: TermVector)] = []
        for (text, vector) in ranked where chosen.count < limit {
            let folded = Self.foldedKey(text)
            let isDuplicate = chosen.contains { other in
                Self.foldedKey(other.text) == folded || (!vector.isEmpty && vector.jaccard(other.vector) >= 0.5)
            }
            if !isDuplicate { chosen.append((text, vector)) }
        }
        return chosen.map { MarkdownText.escapePlain($0.text) }
    }

    /// The first sentences of `text` on one line: at least about 80 characters when the message
    /// has them, at most about 240.
    static func excerpt(of text: String, minimum: Int = 80, maximum: Int = 240) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var result = ""
        var sentence = ""
        for (index, character) in zip(flat.indices, flat) {
            sentence.append(character)
            let next = flat.index(after: index)
            guard ".!?".contains(character), next == flat.endIndex || flat[next] == " " else { continue }
            if !result.isEmpty, result.count + sentence.count > maximum { break }
            result += sentence
            sentence = ""
            if result.count >= minimum { break }
        }
        if result.count < minimum, !sentence.isEmpty, result.count + sentence.count <= maximum { result += sentence }
        if result.isEmpty { result = flat }
        result = result.trimmingCharacters(in: .whitespaces)
        guard result.count > maximum else { return result }
        let cut = result.prefix(maximum)
        return String(cut[..<(cut.lastIndex(of: " ") ?? cut.endIndex)]) + "…"
    }

    private static func foldedKey(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter || $0.isNumber }
    }
}
