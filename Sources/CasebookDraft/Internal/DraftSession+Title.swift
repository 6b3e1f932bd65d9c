import CasebookCore

extension DraftSession {
    /// The cleaned subject most like the others (and of a readable length), or nil when no
    /// subject survives cleaning.
    func title() -> String? {
        let candidates = threads.compactMap { thread -> (title: String, vector: TermVector, similarity: Double)? in
            let redacted = withoutPlaceholders(redactor.redact(thread.ticket.subject))
            let title = SubjectCleaner.clean(redacted)
            guard title.contains(where: \.isLetter) else { return nil }
            return (title, vector(title), thread.similarity)
        }
        let centroid = TermVector(sum: candidates.map(\.vector))
        let index = Self.best(candidates) { candidate in
            let words = candidate.title.split(separator: " ").count
            let lengthPenalty = words < 2 ? 0.3 : (words > 12 ? 0.2 : 0)
            return candidate.vector.cosine(centroid) + 0.3 * candidate.similarity - lengthPenalty
        }
        return index.map { candidates[$0].title }
    }

    /// A title made from the cluster's label (`refund · invoice` → `Refund, invoice`).
    func titleFromLabel(_ label: String) -> String? {
        let terms = Self.labelTerms(label).prefix(3)
        guard !terms.isEmpty else { return nil }
        return SubjectCleaner.sentenceCase(terms.joined(separator: ", "))
    }

    /// The terms of a cluster label, however they are separated.
    static func labelTerms(_ label: String) -> [String] {
        label.split(whereSeparator: { "·,;|/".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.contains(where: \.isLetter) }
    }
}
