import CasebookCore
import Foundation
import GRDB

/// Decides which article a cluster's draft belongs to and hands it to the article ledger, which owns
/// every article and revision: a new article, a new text for an untouched draft, or a suggestion beside an
/// article an editor owns. A problem an editor rejected never comes back as a new article.
struct ArticleWriter {
    struct Outcome {
        enum Kind {
            case created, updated, suggested, unchanged, skippedRejected
        }

        var kind: Kind
        /// The article matched or created; nil when the cluster was left alone without one.
        var articleID: Int64?
    }

    let now: Date
    let actor: String
    /// The least share of a new cluster's tickets that, when they are sources of a rejected
    /// article, keeps the cluster from becoming a new article.
    var rejectedShare = 0.5

    /// Saves `draft` for the cluster `clusterKey` made of `ticketIDs`. Articles in `claimed` were
    /// matched by an earlier cluster of this run and are not matched again; `owners` says which
    /// cluster of this run shares most of each article's tickets (see ``ArticleMatcher/owners``).
    func save(
        _ draft: ArticleDraft, clusterKey: String, ticketIDs: [Int64], otherClusterKeys: Set<String>,
        claimed: Set<Int64>, owners: [Int64: String] = [:], in db: Database
    ) throws -> Outcome {
        var ledger = ArticleLedger.Session(db: db, now: now)
        let text = DraftedText(title: draft.title, body: draft.body, category: draft.category, language: draft.language)
        let matcher = ArticleMatcher(claimed: claimed, otherClusterKeys: otherClusterKeys, owners: owners)
        guard let article = try matcher.match(clusterKey: clusterKey, ticketIDs: Set(ticketIDs), in: db),
            let articleID = article.id
        else {
            if let rejected = try ArticleMatcher.rejectedShare(of: Set(ticketIDs), in: db),
                rejected.share >= rejectedShare
            {
                return Outcome(kind: .skippedRejected, articleID: nil)
            }
            let created = try ledger.createArticle(
                text, slug: try Slug.unique(for: draft.title, in: db), clusterKey: clusterKey, sources: ticketIDs,
                by: actor, note: "drafted from cluster \(clusterKey)")
            try Self.saveNotes(of: draft, revisionID: created.currentRevisionID, in: db)
            return Outcome(kind: .created, articleID: created.id)
        }
        // A rejected or archived article keeps every ticket it was ever drafted from, so that no part of
        // the problem comes back as a new article later.
        let isClosed = article.state == .rejected || article.state == .archived
        try ledger.setSources(of: articleID, to: ticketIDs, keepingOld: isClosed)
        if article.clusterKey != clusterKey { try ledger.setClusterKey(of: articleID, to: clusterKey) }
        let outcome = try ledger.recordDraft(
            text, for: articleID, by: actor, note: "drafted from cluster \(clusterKey)")
        let kind: Outcome.Kind =
            switch outcome {
            case .updated: .updated
            case .suggested: .suggested
            case .unchanged: .unchanged
            case .leftAlone: .skippedRejected
            }
        if kind == .updated || kind == .suggested, let saved = try Article.fetchOne(db, key: articleID) {
            try Self.saveNotes(
                of: draft, revisionID: kind == .updated ? saved.currentRevisionID : saved.pendingSuggestionID, in: db)
        }
        return Outcome(kind: kind, articleID: articleID)
    }

    /// Stores where each sentence of the revision came from, the grading and the redaction report.
    static func saveNotes(of draft: ArticleDraft, revisionID: Int64?, in db: Database) throws {
        guard let revisionID else { return }
        var positions: [DraftProvenance.Section: Int] = [:]
        for sentence in draft.sentences {
            let position = positions[sentence.section, default: 0]
            positions[sentence.section] = position + 1
            var record = DraftProvenance(
                revisionID: revisionID, position: position, section: sentence.section, text: sentence.text,
                ticketID: sentence.ticketID, commentID: sentence.commentID)
            try record.insert(db)
        }
        try DraftNotes(
            revisionID: revisionID, ticketsPassed: draft.ticketsPassed, rejections: draft.rejections,
            redactions: draft.redactions
        ).save(db)
    }
}
