import CasebookCore
import CasebookText

extension DraftSession {
    /// The cleaned subject most like the others (and of a readable length), or nil when no
    /// subject survives cleaning.
    func title() -> String? {
        let candidates = threads.compactMap { thread -> (title: String, vector: TermVector, similarity: Double)? in
            let subject = thread.ticket.subject.trimmingCharacters(in: .whitespaces)
            // A subject cut by the helpdesk, or one that needed redaction, does not make a title.
            guard !subject.hasSuffix("..."), !subject.hasSuffix("…"), redactor.redact(subject) == subject else {
                return nil
            }
            let title = SubjectCleaner.clean(subject)
            guard title.contains(where: \.isLetter), title.count <= Self.longestTitle, !Self.endsMidPhrase(title) else {
                return nil
            }
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

    /// The longest title drafted, in characters.
    static let longestTitle = 70

    /// True when the title's last word cannot end a phrase ("…when", "…but", "…de").
    static func endsMidPhrase(_ title: String) -> Bool {
        guard let last = title.split(separator: " ").last else { return true }
        return danglingWords.contains(TextFolding.fold(String(last)))
    }

    private static let danglingWords: Set<String> = [
        "when", "but", "and", "or", "the", "a", "an", "to", "of", "for", "with", "that", "if", "because", "my", "our",
        "is", "are", "was", "quand", "mais", "et", "ou", "le", "la", "les", "de", "du", "des", "pour", "avec", "que",
        "si", "mon", "ma", "mes", "notre", "est", "un", "une", "au", "aux", "en", "dans", "sur", "par",
    ]

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
