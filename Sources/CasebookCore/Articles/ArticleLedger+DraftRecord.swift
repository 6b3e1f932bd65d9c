import GRDB

/// What the drafter recorded about a drafted revision, for editors only (never published): how many source
/// tickets passed grading and why the others did not, what was redacted, and where each sentence came from.
public struct DraftRecord: Sendable {
    /// Grading and redaction counts.
    public var notes: DraftNotes
    /// Each sentence's ticket and comment, in section and position order.
    public var sentences: [DraftProvenance]

    /// "Drafted from 9 of 12 tickets (left out: 2 auto-reply, 1 done-for-you)".
    public var gradingSummary: String {
        let others = notes.rejections.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        return "Drafted from \(notes.ticketsPassed) of \(notes.ticketsPassed + notes.rejections.values.reduce(0, +)) "
            + "tickets" + (others.isEmpty ? "" : " (left out: " + others.joined(separator: ", ") + ")")
    }

    /// The redaction counts by kind, sorted by kind.
    public var redactions: [(kind: String, count: Int)] {
        notes.redactions.sorted { $0.key < $1.key }.map { (kind: $0.key, count: $0.value) }
    }
}

extension ArticleLedger {
    /// The drafter's record for the newest drafted revision up to the article's current one, or nil when no
    /// revision of it was drafted (an article created from a file, say).
    public func draftRecord(of detail: ArticleDetail) throws -> DraftRecord? {
        let candidates = detail.revisions.filter { $0.number <= (detail.current?.number ?? .max) }.compactMap(\.id)
        return try store.read { db in
            for revisionID in candidates.reversed() {
                guard let notes = try DraftNotes.fetchOne(db, key: revisionID) else { continue }
                let sentences = try DraftProvenance.filter(DraftProvenance.Columns.revisionID == revisionID)
                    .order(DraftProvenance.Columns.section, DraftProvenance.Columns.position).fetchAll(db)
                return DraftRecord(notes: notes, sentences: sentences)
            }
            return nil
        }
    }
}
