import CasebookCore
import GRDB

extension ReviewCommand.Show {
    /// What the drafter recorded for the newest drafted revision up to the current one: how many source
    /// tickets passed grading and why the others did not, what was redacted, and where each sentence came
    /// from (ticket and comment). Shown to editors only; never published.
    func printDraftNotes(of detail: ArticleDetail, store: Store, console: Console) throws {
        let candidates = detail.revisions.filter { revision in
            revision.number <= (detail.current?.number ?? .max)
        }.compactMap(\.id)
        let found = try store.read { db -> (DraftNotes, [DraftProvenance])? in
            for revisionID in candidates.reversed() {
                guard let notes = try DraftNotes.fetchOne(db, key: revisionID) else { continue }
                let sentences = try DraftProvenance.filter(DraftProvenance.Columns.revisionID == revisionID)
                    .order(DraftProvenance.Columns.section, DraftProvenance.Columns.position).fetchAll(db)
                return (notes, sentences)
            }
            return nil
        }
        guard let (notes, sentences) = found else { return }
        let others = notes.rejections.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        console.print("")
        console.print(
            "Drafted from \(notes.ticketsPassed) of \(notes.ticketsPassed + notes.rejections.values.reduce(0, +)) "
                + "tickets" + (others.isEmpty ? "" : " (left out: " + others.joined(separator: ", ") + ")"))
        let redacted = notes.redactions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        console.print("Redacted: " + (redacted.isEmpty ? "nothing" : redacted.joined(separator: ", ")))
        guard !sentences.isEmpty else { return }
        let references = Dictionary(
            detail.sources.map { ($0.id, $0.reference) }, uniquingKeysWith: { first, _ in first })
        console.print("Provenance (never published):")
        for sentence in sentences {
            let label =
                sentence.section == .note ? "note (one answer only, not in the text)" : sentence.section.rawValue
            let source = references[sentence.ticketID] ?? "ticket \(sentence.ticketID)"
            console.print(
                "  \(label) \(sentence.position + 1) ← \(source), comment \(sentence.commentID): \(sentence.text)")
        }
    }
}
