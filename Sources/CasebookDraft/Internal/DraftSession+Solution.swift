import CasebookCore

extension DraftSession {
    /// How many tickets, the most central first, each candidate answer is compared with: enough to
    /// tell the common answer, few enough that choosing stays linear in the cluster's size.
    static let referenceTickets = 50

    /// The most representative public agent answer as Markdown (steps kept as an ordered list), or
    /// nil when no ticket has one.
    ///
    /// Each candidate is scored by how much it agrees with the answers given on the most central
    /// tickets (the threads come closest to the centre first, ties by ticket id, so the choice is
    /// deterministic), plus a little for steps and length.
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
        // The answers of each ticket, grouped once; the reference tickets are the most central ones.
        let answersByThread = Dictionary(grouping: candidates.indices) { candidates[$0].thread }
        let references = answersByThread.keys.sorted().prefix(Self.referenceTickets)
        let index = Self.best(candidates) { candidate in
            var agreement = 0.0
            var compared = 0
            for reference in references where reference != candidate.thread {
                let answers = answersByThread[reference] ?? []
                agreement += answers.map { candidate.vector.cosine(candidates[$0].vector) }.max() ?? 0
                compared += 1
            }
            let similarity = compared == 0 ? 0 : agreement / Double(compared)
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
