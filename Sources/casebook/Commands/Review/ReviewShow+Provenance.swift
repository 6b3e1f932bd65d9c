import CasebookCore

extension ReviewCommand.Show {
    /// The drafter's record of the article's drafted text (grading, redactions, each sentence's source).
    /// Shown to editors only; never published.
    func printDraftNotes(of detail: ArticleDetail, ledger: ArticleLedger, console: Console) throws {
        guard let record = try ledger.draftRecord(of: detail) else { return }
        console.print("")
        console.print(record.gradingSummary)
        let redacted = record.redactions.map { "\($0.kind) \($0.count)" }
        console.print("Redacted: " + (redacted.isEmpty ? "nothing" : redacted.joined(separator: ", ")))
        guard !record.sentences.isEmpty else { return }
        let references = Dictionary(
            detail.sources.map { ($0.id, $0.reference) }, uniquingKeysWith: { first, _ in first })
        console.print("Provenance (never published):")
        for sentence in record.sentences {
            let label =
                sentence.section == .note ? "note (one answer only, not in the text)" : sentence.section.rawValue
            let source = references[sentence.ticketID] ?? "ticket \(sentence.ticketID)"
            console.print(
                "  \(label) \(sentence.position + 1) ← \(source), comment \(sentence.commentID): \(sentence.text)")
        }
    }
}
