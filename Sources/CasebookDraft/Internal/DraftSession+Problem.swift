import CasebookCore
import Foundation

extension DraftSession {
    /// Up to `limit` short excerpts of the customers' first messages, redacted, escaped for
    /// Markdown and de-duplicated, the most representative first.
    func problemExcerpts(limit: Int) -> [(text: String, source: DraftedSentence?)] {
        var sources: [DraftedSentence?] = []
        let firstMessages = threads.compactMap { thread -> String? in
            guard let message = thread.publicComments.first(where: { $0.authorRole == .customer }) else { return nil }
            let plain = MarkdownText.plainText(cleaner.clean(message.bodyText))
            // Sentences that needed redaction are left out of public quotes (no placeholders on a page).
            let kept = Self.sentences(of: plain.split(whereSeparator: \.isNewline).joined(separator: " "))
                .filter { redactCounting($0) == $0 }
                .joined()
            let excerpt = TicketReferences.scrub(Self.excerpt(of: kept))
            guard excerpt.filter(\.isLetter).count >= 8 else { return nil }
            sources.append(
                message.id.map {
                    DraftedSentence(section: .problem, text: excerpt, ticketID: message.ticketID, commentID: $0)
                })
            return excerpt
        }
        let vectors = firstMessages.map(vector)
        let centroid = TermVector(sum: vectors)
        let scores = vectors.map { $0.cosine(centroid) }
        let ranked: [Int] = firstMessages.indices.sorted { lhs, rhs in
            abs(scores[lhs] - scores[rhs]) > 1e-9 ? scores[lhs] > scores[rhs] : lhs < rhs
        }
        var chosen: [(text: String, vector: TermVector, index: Int)] = []
        for index in ranked where chosen.count < limit {
            let text = firstMessages[index]
            let vector = vectors[index]
            let folded = Self.foldedKey(text)
            let isDuplicate = chosen.contains { other in
                Self.foldedKey(other.text) == folded || (!vector.isEmpty && vector.jaccard(other.vector) >= 0.5)
            }
            if !isDuplicate { chosen.append((text, vector, index)) }
        }
        return chosen.map { choice in (text: MarkdownText.escapePlain(choice.text), source: sources[choice.index]) }
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
