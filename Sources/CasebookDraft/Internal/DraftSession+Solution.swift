import CasebookCore

extension DraftSession {
    /// The most representative public agent answer as Markdown (steps kept as an ordered list), or
    /// nil when no ticket has one.
    func solution() -> String? {
        struct Candidate {
            var thread: Int
            var text: String
            var vector: TermVector
            var blocks: ReplyBlocks
        }
        var candidates: [Candidate] = []
        for (index, thread) in threads.enumerated() {
            for comment in thread.publicComments where comment.authorRole == .agent {
                let cleaned = cleaner.clean(comment.bodyText)
                guard cleaned.contains(where: \.isLetter) else { continue }
                candidates.append(
                    Candidate(thread: index, text: cleaned, vector: vector(cleaned), blocks: ReplyBlocks(cleaned)))
            }
        }
        // Acknowledgements ("Glad it works now!") are not answers when there is anything longer.
        let substantial = candidates.filter { $0.text.filter(\.isLetter).count >= 40 }
        if !substantial.isEmpty { candidates = substantial }
        let threadsWithAnswers = Set(candidates.map(\.thread))
        let index = Self.best(candidates) { candidate in
            let others = threadsWithAnswers.subtracting([candidate.thread])
            var agreement = 0.0
            for other in others {
                agreement +=
                    candidates.filter { $0.thread == other }.map { candidate.vector.cosine($0.vector) }.max() ?? 0
            }
            let similarity = others.isEmpty ? 0 : agreement / Double(others.count)
            let structure = candidate.blocks.hasList ? 0.05 : 0
            let length = min(Double(candidate.text.count), 1500) / 1500 * 0.05
            return similarity + structure + length
        }
        guard let index else { return nil }
        let redacted = TicketReferences.scrub(redactor.redact(candidates[index].text))
        let markdown = ReplyBlocks(redacted).markdown(escape: MarkdownText.escapeHTML)
        return markdown.isEmpty ? nil : markdown
    }
}
